<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>About</name>
    <message>
        <source>not signed in</source>
        <translation>sem sessão iniciada</translation>
    </message>
    <message>
        <source>JVAP country reports and missing-migrant records, offline first.</source>
        <translation>Relatórios nacionais do PAVC e registos de migrantes desaparecidos, primeiro sem ligação.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Pasta de dados: {path}</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Servidor: {url}</translation>
    </message>
    <message>
        <source>About Focal Point Desk</source>
        <translation>Acerca do Focal Point Desk</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>Ocorreu um erro: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>New missing case</source>
        <translation>Novo caso de desaparecimento</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Country code, year and number, e.g. SN-2026-0042</source>
        <translation>Código do país, ano e número, p. ex. SN-2026-0042</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Person sought</source>
        <translation>Pessoa procurada</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes próprios</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Outras grafias</translation>
    </message>
    <message>
        <source>Separate spellings with semicolons</source>
        <translation>Separe as grafias com ponto e vírgula</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Idade (anos)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Línguas faladas</translation>
    </message>
    <message>
        <source>Physical description, clothing, effects</source>
        <translation>Descrição física, vestuário, pertences</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Percurso</translation>
    </message>
    <message>
        <source>Place of departure</source>
        <translation>Local de partida</translation>
    </message>
    <message>
        <source>Country of departure</source>
        <translation>País de partida</translation>
    </message>
    <message>
        <source>Intended destination</source>
        <translation>Destino pretendido</translation>
    </message>
    <message>
        <source>Migration route</source>
        <translation>Rota migratória</translation>
    </message>
    <message>
        <source>Transit points</source>
        <translation>Locais de trânsito</translation>
    </message>
    <message>
        <source>Places passed through, separated by semicolons</source>
        <translation>Locais por onde passou, separados por ponto e vírgula</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Precision of the date</source>
        <translation>Precisão da data</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circunstâncias</translation>
    </message>
    <message>
        <source>Enquirer (family)</source>
        <translation>Requerente (família)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Consent and referrals</source>
        <translation>Consentimento e encaminhamentos</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Partilha de dados</translation>
    </message>
    <message>
        <source>Family consents to sharing</source>
        <translation>A família consente a partilha</translation>
    </message>
    <message>
        <source>Red Cross</source>
        <translation>Cruz Vermelha</translation>
    </message>
    <message>
        <source>Consents to RFL referral</source>
        <translation>Consente o encaminhamento RLF</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Encaminhamentos</translation>
    </message>
    <message>
        <source>Shared with countries</source>
        <translation>Partilhado com os países</translation>
    </message>
    <message>
        <source>Two-letter codes, e.g. ES; IT (needs consent)</source>
        <translation>Códigos de duas letras, p. ex. ES; IT (requer consentimento)</translation>
    </message>
    <message>
        <source>Incident and notes</source>
        <translation>Incidente e notas</translation>
    </message>
    <message>
        <source>Linked incident</source>
        <translation>Incidente associado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Search by name, other spelling or reference</source>
        <translation>Pesquisar por nome, outra grafia ou referência</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
</context>
<context>
    <name>ColumnSets</name>
    <message>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Person sought</source>
        <translation>Pessoa procurada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Incident ID</source>
        <translation>ID do incidente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Secretariat</source>
        <translation>Secretariado</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Ponto focal</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Returned by the secretariat: please address these comments and submit again.</source>
        <translation>Devolvido pelo secretariado: tenha em conta estes comentários e submeta novamente.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>{label} was changed here and on the server. Choose, field by field, the value to keep.</source>
        <translation>{label} foi alterado aqui e no servidor. Escolha, campo a campo, o valor a manter.</translation>
    </message>
    <message>
        <source>Show only the fields that differ</source>
        <translation>Mostrar apenas os campos diferentes</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Campos em conflito</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>No servidor</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Manter todos os meus</translation>
    </message>
    <message>
        <source>Take all from the server</source>
        <translation>Usar todos os do servidor</translation>
    </message>
    <message>
        <source>Save resolution</source>
        <translation>Guardar resolução</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meu</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>This combination is not valid:</source>
        <translation>Esta combinação não é válida:</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitos em aberto</translation>
    </message>
    <message>
        <source>No conflicts. When a record is changed here and on the server at the same time, it appears here.</source>
        <translation>Sem conflitos. Quando um registo é alterado aqui e no servidor ao mesmo tempo, aparece aqui.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Escolher uma data</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Discard these changes</source>
        <translation>Descartar estas alterações</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eliminar registo</translation>
    </message>
    <message>
        <source>Delete this record? The deletion is sent to the server at the next sync.</source>
        <translation>Eliminar este registo? A eliminação é enviada para o servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não guardadas</translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation>Guardar as alterações a este registo?</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Reports of every partner country, by campaign. Double-click a submitted report to accept it or return it.</source>
        <translation>Relatórios de cada país parceiro, por campanha. Faça duplo clique num relatório submetido para o aceitar ou devolver.</translation>
    </message>
    <message>
        <source>Reports by country and campaign</source>
        <translation>Relatórios por país e campanha</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>New incident</source>
        <translation>Novo incidente</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Incident ID</source>
        <translation>ID do incidente</translation>
    </message>
    <message>
        <source>Main ID</source>
        <translation>ID principal</translation>
    </message>
    <message>
        <source>Groups incidents IOM reports as one event</source>
        <translation>Agrupa os incidentes que a OIM reporta como um único evento</translation>
    </message>
    <message>
        <source>Date of incident</source>
        <translation>Data do incidente</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Country of incident</source>
        <translation>País do incidente</translation>
    </message>
    <message>
        <source>Location description</source>
        <translation>Descrição do local</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Migration route</source>
        <translation>Rota migratória</translation>
    </message>
    <message>
        <source>UNSD geographical grouping</source>
        <translation>Agrupamento geográfico UNSD</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Number dead</source>
        <translation>Número de mortos</translation>
    </message>
    <message>
        <source>Number missing</source>
        <translation>Número de desaparecidos</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Sobreviventes</translation>
    </message>
    <message>
        <source>Females</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <source>Males</source>
        <translation>Homens</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Crianças</translation>
    </message>
    <message>
        <source>Cause and origin</source>
        <translation>Causa e origem</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Causa da morte</translation>
    </message>
    <message>
        <source>Region of origin</source>
        <translation>Região de origem</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>País de origem</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Information source</source>
        <translation>Fonte de informação</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Source quality (1–5)</source>
        <translation>Qualidade da fonte (1–5)</translation>
    </message>
</context>
<context>
    <name>IncidentLink</name>
    <message>
        <source>No incident linked</source>
        <translation>Nenhum incidente associado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <source>Link an incident</source>
        <translation>Associar um incidente</translation>
    </message>
    <message>
        <source>Search by incident ID, place or country</source>
        <translation>Pesquisar por ID do incidente, local ou país</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Search by incident ID, location or country</source>
        <translation>Pesquisar por ID do incidente, local ou país</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Novo incidente</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import IOM file…</source>
        <translation>Importar ficheiro da OIM…</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Orçamento (EUR)</translation>
    </message>
    <message>
        <source>Required for projects; 0 if none</source>
        <translation>Obrigatório para projetos; 0 se não houver</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Âmbito</translation>
    </message>
    <message>
        <source>JVAP domains</source>
        <translation>Domínios do PAVC</translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation>Áreas prioritárias</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <translation>Países abrangidos</translation>
    </message>
    <message>
        <source>Implementing organisations</source>
        <translation>Organizações executoras</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organizações parceiras</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Fontes de financiamento</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos-alvo</translation>
    </message>
</context>
<context>
    <name>InitiativesModel</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>JVAP domains</source>
        <translation>Domínios do PAVC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Orçamento (EUR)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
</context>
<context>
    <name>InitiativesTable</name>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Add initiative…</source>
        <translation>Adicionar iniciativa…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
</context>
<context>
    <name>IomImportDialog</name>
    <message>
        <source>Import IOM file</source>
        <translation>Importar ficheiro da OIM</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>A importar {name}…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
    <message>
        <source>IOM Missing Migrants files (*.csv *.json);;All files (*)</source>
        <translation>Ficheiros Migrantes Desaparecidos da OIM (*.csv *.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Importing {name}: {done} of {total} rows</source>
        <translation>A importar {name}: {done} de {total} linhas</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importado</translation>
    </message>
    <message>
        <source>{total} rows read ({format}).</source>
        <translation>{total} linhas lidas ({format}).</translation>
    </message>
    <message>
        <source>Added: {n}</source>
        <translation>Adicionados: {n}</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>Atualizados: {n}</translation>
    </message>
    <message>
        <source>Unchanged: {n}</source>
        <translation>Sem alterações: {n}</translation>
    </message>
    <message>
        <source>Rejected: {n}</source>
        <translation>Rejeitados: {n}</translation>
    </message>
    <message>
        <source>Repeated rows skipped: {n}</source>
        <translation>Linhas repetidas ignoradas: {n}</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Linha {line}: {reason}</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>O ficheiro não foi importado</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Em busca</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Encaminhado</translation>
    </message>
    <message>
        <source>Found alive</source>
        <translation>Encontrado com vida</translation>
    </message>
    <message>
        <source>Deceased, identified</source>
        <translation>Falecido, identificado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>Dia exato</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Apenas o mês</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Apenas o ano</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submetido</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Ressubmetido</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceite</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planeado</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Missing case</source>
        <translation>Caso de desaparecimento</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Country report</source>
        <translation>Relatório nacional</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Rabat Process</source>
        <translation>Processo de Rabat</translation>
    </message>
    <message>
        <source>Khartoum Process</source>
        <translation>Processo de Cartum</translation>
    </message>
    <message>
        <source>Continent-to-Continent Dialogue</source>
        <translation>Diálogo Continente a Continente</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Country reports</source>
        <translation>Relatórios nacionais</translation>
    </message>
    <message>
        <source>Missing cases</source>
        <translation>Casos de desaparecimento</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Secretariat inbox</source>
        <translation>Caixa do secretariado</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Novo registo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Import IOM file…</source>
        <translation>&amp;Importar ficheiro da OIM…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Procurar</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Sin&amp;cronização</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
        <source>&amp;Stop sync</source>
        <translation>&amp;Parar a sincronização</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Focal Point Desk</source>
        <translation>&amp;Acerca do Focal Point Desk</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Cases by status</source>
        <translation>Casos por estado</translation>
    </message>
    <message>
        <source>Cases by route</source>
        <translation>Casos por rota</translation>
    </message>
    <message>
        <source>Incidents: dead and missing per month</source>
        <translation>Incidentes: mortos e desaparecidos por mês</translation>
    </message>
    <message>
        <source>Campaign completeness</source>
        <translation>Progresso das campanhas</translation>
    </message>
    <message>
        <source>Missing cases by status</source>
        <translation>Casos de desaparecimento por estado</translation>
    </message>
    <message>
        <source>Missing cases by route</source>
        <translation>Casos de desaparecimento por rota</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>(no route)</source>
        <translation>(sem rota)</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Mortos</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Desaparecidos</translation>
    </message>
    <message>
        <source>Campaign completeness (countries)</source>
        <translation>Progresso das campanhas (países)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repetir a frase-passe</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-passe são diferentes.</translation>
    </message>
    <message>
        <source>No passphrase was given; the profile stays locked.</source>
        <translation>Não foi indicada nenhuma frase-passe; o perfil continua bloqueado.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Restored changes you had not saved ({when}).</source>
        <translation>Foram recuperadas alterações que não tinha guardado ({when}).</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Não guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Todas as rotas</translation>
    </message>
    <message>
        <source>Route filter</source>
        <translation>Filtro de rota</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>Qualquer estado de sincr.</translation>
    </message>
    <message>
        <source>Sync state filter</source>
        <translation>Filtro de estado de sincronização</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Retomar…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with changes not saved yet.</source>
        <translation>
            <numerusform>%n registo com alterações ainda não guardadas.</numerusform>
            <numerusform>%n registos com alterações ainda não guardadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsEdit</name>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Referência deles</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Encaminhamentos</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD</source>
        <translation>Datas no formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Adicionar encaminhamento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>{dialogue} · period {period} · open {opens} to {closes}</source>
        <translation>{dialogue} · período {period} · aberta de {opens} a {closes}</translation>
    </message>
    <message>
        <source>Domain {n}</source>
        <translation>Domínio {n}</translation>
    </message>
    <message>
        <source>Projects and policies implementing the JVAP; double-click to see every field. At least {n} to submit.</source>
        <translation>Projetos e políticas que aplicam o PAVC; faça duplo clique para ver todos os campos. Pelo menos {n} para submeter.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar rascunho</translation>
    </message>
    <message>
        <source>Submit to the secretariat</source>
        <translation>Submeter ao secretariado</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to complete before submitting.</source>
        <translation>
            <numerusform>%n elemento por completar antes de submeter.</numerusform>
            <numerusform>%n elementos por completar antes de submeter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation>Pronto para submeter.</translation>
    </message>
    <message>
        <source>Accepted by the secretariat.</source>
        <translation>Aceite pelo secretariado.</translation>
    </message>
    <message>
        <source>Submitted: read-only until the secretariat accepts or returns it.</source>
        <translation>Submetido: só de leitura até o secretariado o aceitar ou devolver.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation>Iniciar o relatório</translation>
    </message>
    <message>
        <source>The secretariat reviews reports in the Secretariat inbox.</source>
        <translation>O secretariado analisa os relatórios na caixa do secretariado.</translation>
    </message>
    <message>
        <source>No campaign has reached this computer yet. Sync to receive the secretariat&apos;s campaigns.</source>
        <translation>Ainda não chegou nenhuma campanha a este computador. Sincronize para receber as campanhas do secretariado.</translation>
    </message>
    <message>
        <source>Sign in as your country&apos;s focal point and sync to see the data-collection campaigns.</source>
        <translation>Inicie sessão como ponto focal do seu país e sincronize para ver as campanhas de recolha de dados.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>encerrada</translation>
    </message>
    <message>
        <source>{country} has not started its report for “{title}”.</source>
        <translation>{country} ainda não iniciou o seu relatório para «{title}».</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review report</source>
        <translation>Analisar relatório</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>Comment to the focal point (required to return the report)</source>
        <translation>Comentário ao ponto focal (obrigatório para devolver o relatório)</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Comentário da análise</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Return to the country</source>
        <translation>Devolver ao país</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>A sua decisão</translation>
    </message>
    <message>
        <source>This report is not on this computer yet; sync first.</source>
        <translation>Este relatório ainda não está neste computador; sincronize primeiro.</translation>
    </message>
    <message>
        <source>Say what to fix: a returned report needs a comment.</source>
        <translation>Indique o que corrigir: um relatório devolvido precisa de um comentário.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Língua da interface</translation>
    </message>
    <message>
        <source>Server and sync</source>
        <translation>Servidor e sincronização</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Work offline (never connect)</source>
        <translation>Trabalhar sem ligação (nunca ligar)</translation>
    </message>
    <message>
        <source>Only for a ministry TLS proxy: path to a .pem</source>
        <translation>Apenas para um proxy TLS ministerial: caminho para um .pem</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sincronizar a cada</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>Certificados da autoridade de certificação</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sessão…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>Dados neste computador</translation>
    </message>
    <message>
        <source>Encrypted data folder: {path}</source>
        <translation>Pasta de dados cifrada: {path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar definições</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>secretariado</translation>
    </message>
    <message>
        <source>focal point</source>
        <translation>ponto focal</translation>
    </message>
    <message>
        <source>Signed in as {email} ({role}{country})</source>
        <translation>Sessão iniciada como {email} ({role}{country})</translation>
    </message>
    <message>
        <source>Not signed in. Everything works offline; sign in to sync.</source>
        <translation>Sem sessão iniciada. Tudo funciona sem ligação; inicie sessão para sincronizar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Focal Point Desk</source>
        <translation>Iniciar sessão no Focal Point Desk</translation>
    </message>
    <message>
        <source>Sign in with the account the secretariat gave you. You can also work offline now and sign in later from Settings.</source>
        <translation>Inicie sessão com a conta fornecida pelo secretariado. Também pode trabalhar sem ligação agora e iniciar sessão mais tarde nas definições.</translation>
    </message>
    <message>
        <source>name@ministry.gov</source>
        <translation>nome@ministerio.gov</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome do dispositivo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Trabalhar sem ligação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Introduza o endereço do servidor.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Introduza o seu endereço de e-mail.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduza a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Name this computer, e.g. “Dakar office laptop”.</source>
        <translation>Dê um nome a este computador, p. ex. «Portátil do escritório da Praia».</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Falha ao iniciar sessão.</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não guardado</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>A aguardar sincronização</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>A sincronização falhou</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Recusado pelo servidor</translation>
    </message>
    <message>
        <source>Conflict: changed on the server too</source>
        <translation>Conflito: alterado também no servidor</translation>
    </message>
    <message>
        <source>Sync state: {state}</source>
        <translation>Estado da sincronização: {state}</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Alterações por enviar</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Send and receive changes (F5)</source>
        <translation>Enviar e receber alterações (F5)</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Atualização disponível</translation>
    </message>
    <message>
        <source>Update available: {version}</source>
        <translation>Atualização disponível: {version}</translation>
    </message>
    <message>
        <source>Focal Point Desk {version} is available (this is {current}).</source>
        <translation>O Focal Point Desk {version} está disponível (esta é a {current}).</translation>
    </message>
    <message>
        <source>An update was refused: {reason}</source>
        <translation>Uma atualização foi recusada: {reason}</translation>
    </message>
    <message>
        <source>Sign in (Settings) to sync.</source>
        <translation>Inicie sessão (Definições) para sincronizar.</translation>
    </message>
    <message>
        <source>Working offline: turn it off in Settings to sync.</source>
        <translation>A trabalhar sem ligação: desative-o nas definições para sincronizar.</translation>
    </message>
    <message>
        <source>Sync done: {sent} sent, {received} received.</source>
        <translation>Sincronização concluída: {sent} enviados, {received} recebidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n novo conflito por resolver.</numerusform>
            <numerusform>%n novos conflitos por resolver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: {reason}</source>
        <translation>Sincronização interrompida: {reason}</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Sem ligação (escolhido)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sem sessão iniciada</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Com ligação</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Ainda não ligado</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n alteração por enviar</numerusform>
            <numerusform>%n alterações por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflito</numerusform>
            <numerusform>%n conflitos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>Última sincr. {time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>A sincronizar…</translation>
    </message>
</context>
</TS>
