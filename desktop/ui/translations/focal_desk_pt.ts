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
    <name>AccountSwitchBox</name>
    <message>
        <source>Another account</source>
        <translation>Outra conta</translation>
    </message>
    <message>
        <source>This profile holds the data of another account ({held}).</source>
        <translation>Este perfil contém os dados de outra conta ({held}).</translation>
    </message>
    <message>
        <source>Signing in with this account ({wanted}) removes that data from this computer: its cases, incidents, reports, unsaved drafts and conflicts. What this account may see is then downloaded from the server. To keep both, use another profile for this account.</source>
        <translation>Iniciar sessão com esta conta ({wanted}) elimina esses dados deste computador: os respetivos casos, incidentes, relatórios, rascunhos não guardados e conflitos. O que esta conta pode ver é depois transferido do servidor. Para manter ambos, utilize outro perfil para esta conta.</translation>
    </message>
    <message>
        <source>Remove the data and sign in</source>
        <translation>Eliminar os dados e iniciar sessão</translation>
    </message>
</context>
<context>
    <name>AccountSwitchTexts</name>
    <message numerus="yes">
        <source>This profile holds the data of another account ({held}) with %n change(s) not sent yet, which signing in with this account ({wanted}) would lose. Sign in as that account and sync first, or use another profile for this account.</source>
        <translation>
            <numerusform>Este perfil contém os dados de outra conta ({held}) com %n alteração ainda por enviar, que se perderia ao iniciar sessão com esta conta ({wanted}). Inicie sessão com essa conta e sincronize primeiro, ou utilize outro perfil para esta conta.</numerusform>
            <numerusform>Este perfil contém os dados de outra conta ({held}) com %n alterações ainda por enviar, que se perderiam ao iniciar sessão com esta conta ({wanted}). Inicie sessão com essa conta e sincronize primeiro, ou utilize outro perfil para esta conta.</numerusform>
        </translation>
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
        <source>“{reference}” must start with {country}, the country of the case.</source>
        <translation>A referência «{reference}» deve começar por {country}, o código do país do caso.</translation>
    </message>
    <message>
        <source>“{reference}” is already used by another case ({name}); choose another.</source>
        <translation>A referência «{reference}» já é utilizada por outro caso ({name}); escolha outra.</translation>
    </message>
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
        <source>Needs the family&apos;s consent to sharing</source>
        <translation>Requer o consentimento da família para a partilha</translation>
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
    <name>CaseImport</name>
    <message>
        <source>Sign in with a country&apos;s account to import cases: their references must start with that country&apos;s code.</source>
        <translation>Inicie sessão com a conta de um país para importar casos: as respetivas referências têm de começar pelo código desse país.</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <source>Import cases</source>
        <translation>Importar casos</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
    <message>
        <source>Cases (*.xlsx *.csv *.json);;All files (*)</source>
        <translation>Casos (*.xlsx *.csv *.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Row {n}: {reason}</source>
        <translation>Linha {n}: {reason}</translation>
    </message>
    <message>
        <source>Record {n}, {column}: {reason}</source>
        <translation>Registo {n}, {column}: {reason}</translation>
    </message>
    <message>
        <source>Row {n}, {column}: {reason}</source>
        <translation>Linha {n}, {column}: {reason}</translation>
    </message>
    <message>
        <source>Record {n}: {reason}</source>
        <translation>Registo {n}: {reason}</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31</source>
        <translation>«{value}» não é uma data; escreva-a no formato AAAA-MM-DD, p. ex. 2026-03-31</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» não é um número</translation>
    </message>
    <message>
        <source>“{value}” must be a whole number</source>
        <translation>«{value}» deve ser um número inteiro</translation>
    </message>
    <message>
        <source>“{value}” must be Yes or No</source>
        <translation>«{value}» deve ser Yes ou No (ou Oui/Non)</translation>
    </message>
    <message>
        <source>“{value}” must be one of: {allowed}</source>
        <translation>«{value}» deve ser um dos seguintes valores: {allowed}</translation>
    </message>
    <message>
        <source>“{value}” is not a country; write its two-letter code, such as SN</source>
        <translation>«{value}» não é um país; escreva o código de duas letras, como SN</translation>
    </message>
    <message>
        <source>This item is not an object of fields</source>
        <translation>Este elemento não é um conjunto de campos (objeto)</translation>
    </message>
    <message>
        <source>This record is not a missing case ({kind})</source>
        <translation>Este registo não é um caso de desaparecimento ({kind})</translation>
    </message>
    <message>
        <source>This case is deleted; it is not imported</source>
        <translation>Este caso foi eliminado; não é importado</translation>
    </message>
    <message>
        <source>{value} is already on row {row} with other values; keep one of the two</source>
        <translation>{value} já consta da linha {row} com outros valores; mantenha apenas uma das duas</translation>
    </message>
    <message>
        <source>The column “{column}” is not in the template; it was not read</source>
        <translation>A coluna «{column}» não faz parte do modelo; não foi lida</translation>
    </message>
    <message>
        <source>Download the case template</source>
        <translation>Transferir o modelo de casos</translation>
    </message>
    <message>
        <source>missing-cases-template.xlsx</source>
        <translation>modelo-casos-desaparecimento.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Livro do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was saved as {path}.</source>
        <translation>O modelo foi guardado como {path}.</translation>
    </message>
    <message>
        <source>The template could not be saved: {reason}</source>
        <translation>Não foi possível guardar o modelo: {reason}</translation>
    </message>
    <message>
        <source>Case template</source>
        <translation>Modelo de casos</translation>
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
    <message>
        <source>Import cases…</source>
        <translation>Importar casos…</translation>
    </message>
    <message>
        <source>Import cases from the spreadsheet template (.xlsx, .csv) or a JSON export</source>
        <translation>Importar casos a partir do modelo de folha de cálculo (.xlsx, .csv) ou de uma exportação JSON</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Transferir modelo…</translation>
    </message>
    <message>
        <source>Save the empty spreadsheet template for cases</source>
        <translation>Guardar o modelo de folha de cálculo vazio para casos</translation>
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
    <name>CountryChecklist</name>
    <message>
        <source>Search countries</source>
        <translation>Pesquisar países</translation>
    </message>
    <message>
        <source>Chosen: {names}</source>
        <translation>Países escolhidos: {names}</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Nenhum país escolhido</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to search</source>
        <translation>Escreva para pesquisar</translation>
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
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
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
        <source>Save the changes to this record?</source>
        <translation>Guardar as alterações a este registo?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>Exportar para Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Livros do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation>A contar os registos…</translation>
    </message>
    <message>
        <source>Leave out personal fields</source>
        <translation>Excluir os campos pessoais</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Incluir os dados pessoais</translation>
    </message>
    <message>
        <source>Names, dates of birth, descriptions and contacts stay out of the file</source>
        <translation>Os nomes, as datas de nascimento, as descrições e os contactos ficam fora do ficheiro</translation>
    </message>
    <message>
        <source>The file will hold the names, descriptions and family contacts of missing people, unencrypted. Share it only as the families&apos; consent allows, keep it on an encrypted disk and delete it when it is no longer needed.</source>
        <translation>O ficheiro conterá, sem cifragem, os nomes e as descrições das pessoas desaparecidas e os contactos das suas famílias. Partilhe-o apenas na medida em que o consentimento das famílias o permita, guarde-o num disco cifrado e elimine-o quando deixar de ser necessário.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n case(s) the list shows (its search and filters).</source>
        <translation>
            <numerusform>Exportar %n caso que a lista mostra (com a pesquisa e os filtros aplicados).</numerusform>
            <numerusform>Exportar os %n casos que a lista mostra (com a pesquisa e os filtros aplicados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n case(s).</source>
        <translation>
            <numerusform>Exportar %n caso.</numerusform>
            <numerusform>Exportar todos os %n casos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n incident(s) the list shows (its search and filters).</source>
        <translation>
            <numerusform>Exportar %n incidente que a lista mostra (com a pesquisa e os filtros aplicados).</numerusform>
            <numerusform>Exportar os %n incidentes que a lista mostra (com a pesquisa e os filtros aplicados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n incident(s).</source>
        <translation>
            <numerusform>Exportar %n incidente.</numerusform>
            <numerusform>Exportar todos os %n incidentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n country report(s).</source>
        <translation>
            <numerusform>Exportar %n relatório nacional.</numerusform>
            <numerusform>Exportar todos os %n relatórios nacionais.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Não há nada para exportar.</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>A gravar {path}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n registo exportado para {path}.</numerusform>
            <numerusform>%n registos exportados para {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file contains personal data.</source>
        <translation>O ficheiro contém dados pessoais.</translation>
    </message>
    <message>
        <source>Personal fields were left out.</source>
        <translation>Os campos pessoais foram excluídos.</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>a pasta {path} não existe</translation>
    </message>
    <message>
        <source>The file was not written: {reason}. Choose another folder or name.</source>
        <translation>O ficheiro não foi gravado: {reason}. Escolha outra pasta ou outro nome.</translation>
    </message>
</context>
<context>
    <name>FieldTitles</name>
    <message>
        <source>Record type</source>
        <translation>Tipo de registo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
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
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Línguas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
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
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Date of last contact</source>
        <translation>Data do último contacto</translation>
    </message>
    <message>
        <source>Precision of the date</source>
        <translation>Precisão da data</translation>
    </message>
    <message>
        <source>Place of last contact</source>
        <translation>Local do último contacto</translation>
    </message>
    <message>
        <source>Country of last contact</source>
        <translation>País do último contacto</translation>
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
        <source>Enquirer</source>
        <translation>Requerente</translation>
    </message>
    <message>
        <source>Enquirer&apos;s name</source>
        <translation>Nome do requerente</translation>
    </message>
    <message>
        <source>Relationship to the missing person</source>
        <translation>Parentesco com a pessoa desaparecida</translation>
    </message>
    <message>
        <source>Enquirer&apos;s contact</source>
        <translation>Contacto do requerente</translation>
    </message>
    <message>
        <source>Enquirer&apos;s language</source>
        <translation>Língua do requerente</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Consent to share data</source>
        <translation>Consentimento para a partilha de dados</translation>
    </message>
    <message>
        <source>Consent to refer to Red Cross Restoring Family Links</source>
        <translation>Consentimento para o encaminhamento para o Restabelecimento de Laços Familiares da Cruz Vermelha</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Encaminhamentos</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Data de encaminhamento</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Referência deles</translation>
    </message>
    <message>
        <source>Linked incident</source>
        <translation>Incidente associado</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partilhado com</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <source>Incident date</source>
        <translation>Data do incidente</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Precisão da data</translation>
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
        <source>Location</source>
        <translation>Local</translation>
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
        <source>Number of survivors</source>
        <translation>Número de sobreviventes</translation>
    </message>
    <message>
        <source>Number of females</source>
        <translation>Número de mulheres</translation>
    </message>
    <message>
        <source>Number of males</source>
        <translation>Número de homens</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Número de crianças</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Causa da morte</translation>
    </message>
    <message>
        <source>Cause of death (reported)</source>
        <translation>Causa da morte (conforme reportada)</translation>
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
        <source>Information source</source>
        <translation>Fonte de informação</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Source quality</source>
        <translation>Qualidade da fonte</translation>
    </message>
    <message>
        <source>UNSD geographical grouping</source>
        <translation>Agrupamento geográfico UNSD</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
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
        <source>Implementers</source>
        <translation>Organizações executoras</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>Fontes de financiamento</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>Orçamento (EUR)</translation>
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
        <source>Target groups</source>
        <translation>Grupos-alvo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Escrito em</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Submetido em</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Reports of every partner country, by campaign. Double-click a submitted report to accept it or return it.</source>
        <translation>Relatórios de cada país parceiro, por campanha. Faça duplo clique num relatório submetido para o aceitar ou devolver.</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Procurar um país</translation>
    </message>
    <message>
        <source>Show only the countries with a report in this state</source>
        <translation>Mostrar apenas os países com um relatório neste estado</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export every country report to an Excel workbook</source>
        <translation>Exportar todos os relatórios nacionais para um livro do Excel</translation>
    </message>
    <message>
        <source>Reports by country and campaign</source>
        <translation>Relatórios por país e campanha</translation>
    </message>
    <message>
        <source>{shown} of {total} countries shown</source>
        <translation>Países apresentados: {shown} de {total}</translation>
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
        <source>Date known to</source>
        <translation>Precisão da data</translation>
    </message>
    <message>
        <source>With only the month or the year known, the date is the 1st of that month or 1 January</source>
        <translation>Se só se souber o mês ou o ano, a data é o dia 1 desse mês ou 1 de janeiro</translation>
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
        <source>Cause of death as reported</source>
        <translation>Causa da morte conforme reportada</translation>
    </message>
    <message>
        <source>As the source wrote it, e.g. IOM&apos;s records before 2022</source>
        <translation>Tal como a fonte a formulou, p. ex. os registos da OIM anteriores a 2022</translation>
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
    <message>
        <source>Keep the changes to this initiative?</source>
        <translation>Manter as alterações a esta iniciativa?</translation>
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
        <source>Rejected:</source>
        <translation>Rejeitados:</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
    <message>
        <source>Kept with a warning:</source>
        <translation>Mantidos com um aviso:</translation>
    </message>
    <message>
        <source>Rows kept with a warning</source>
        <translation>Linhas mantidas com um aviso</translation>
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
        <source>Warnings: {n}</source>
        <translation>Avisos: {n}</translation>
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
        <source>Record {n} ({web_id}): {reason}</source>
        <translation>Registo {n} ({web_id}): {reason}</translation>
    </message>
    <message>
        <source>Record {n}: {reason}</source>
        <translation>Registo {n}: {reason}</translation>
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
        <source>Sending changes…</source>
        <translation>A enviar alterações…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>A receber alterações…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
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
        <source>Drowning</source>
        <translation>Afogamento</translation>
    </message>
    <message>
        <source>Harsh environmental conditions / lack of adequate shelter, food, water</source>
        <translation>Condições ambientais adversas / falta de abrigo, alimentação e água adequados</translation>
    </message>
    <message>
        <source>Vehicle accident / death linked to hazardous transport</source>
        <translation>Acidente de viação / morte associada a transporte perigoso</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violência</translation>
    </message>
    <message>
        <source>Sickness / lack of access to adequate healthcare</source>
        <translation>Doença / falta de acesso a cuidados de saúde adequados</translation>
    </message>
    <message>
        <source>Accidental death</source>
        <translation>Morte acidental</translation>
    </message>
    <message>
        <source>Mixed or unknown</source>
        <translation>Causas mistas ou desconhecidas</translation>
    </message>
    <message>
        <source>Central Mediterranean</source>
        <translation>Mediterrâneo Central</translation>
    </message>
    <message>
        <source>Western Mediterranean</source>
        <translation>Mediterrâneo Ocidental</translation>
    </message>
    <message>
        <source>Eastern Mediterranean</source>
        <translation>Mediterrâneo Oriental</translation>
    </message>
    <message>
        <source>Western Africa / Atlantic route to the Canary Islands</source>
        <translation>África Ocidental / rota atlântica para as Canárias</translation>
    </message>
    <message>
        <source>Sahara Desert crossing</source>
        <translation>Travessia do deserto do Saara</translation>
    </message>
    <message>
        <source>Eastern Route to/from EHOA</source>
        <translation>Rota Oriental de/para a EHOA</translation>
    </message>
    <message>
        <source>Southern Route to/from EHOA</source>
        <translation>Rota Meridional de/para a EHOA</translation>
    </message>
    <message>
        <source>Northern Route to/from EHOA</source>
        <translation>Rota Setentrional de/para a EHOA</translation>
    </message>
    <message>
        <source>Mainland Europe to the UK</source>
        <translation>Europa continental para o Reino Unido</translation>
    </message>
    <message>
        <source>Western Balkans</source>
        <translation>Balcãs Ocidentais</translation>
    </message>
    <message>
        <source>Türkiye-Europe land route</source>
        <translation>Rota terrestre Turquia-Europa</translation>
    </message>
    <message>
        <source>Iran to Türkiye</source>
        <translation>Do Irão para a Turquia</translation>
    </message>
    <message>
        <source>Afghanistan to Iran</source>
        <translation>Do Afeganistão para o Irão</translation>
    </message>
    <message>
        <source>Sea crossings to Mayotte</source>
        <translation>Travessias marítimas para Maiote</translation>
    </message>
    <message>
        <source>Bay of Bengal/Andaman Sea</source>
        <translation>Baía de Bengala/Mar de Andamão</translation>
    </message>
    <message>
        <source>Naf River crossing</source>
        <translation>Travessia do rio Naf</translation>
    </message>
    <message>
        <source>US-Mexico border crossing</source>
        <translation>Travessia da fronteira EUA-México</translation>
    </message>
    <message>
        <source>Darien</source>
        <translation>Darién</translation>
    </message>
    <message>
        <source>Caribbean to Central America</source>
        <translation>Das Caraíbas para a América Central</translation>
    </message>
    <message>
        <source>Haiti to Dominican Republic</source>
        <translation>Do Haiti para a República Dominicana</translation>
    </message>
    <message>
        <source>Mediterranean</source>
        <translation>Mediterrâneo</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>Norte de África</translation>
    </message>
    <message>
        <source>Western Africa</source>
        <translation>África Ocidental</translation>
    </message>
    <message>
        <source>Eastern Africa</source>
        <translation>África Oriental</translation>
    </message>
    <message>
        <source>Middle Africa</source>
        <translation>África Central</translation>
    </message>
    <message>
        <source>Southern Africa</source>
        <translation>África Austral</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>Ásia Ocidental</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>Ásia Meridional</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>Sudeste Asiático</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>Ásia Oriental</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Ásia Central</translation>
    </message>
    <message>
        <source>Central America</source>
        <translation>América Central</translation>
    </message>
    <message>
        <source>Caribbean</source>
        <translation>Caraíbas</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>América do Sul</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>América do Norte</translation>
    </message>
</context>
<context>
    <name>ListTexts</name>
    <message numerus="yes">
        <source>%n record(s) with changes not saved yet.</source>
        <translation>
            <numerusform>%n registo com alterações ainda não guardadas.</numerusform>
            <numerusform>%n registos com alterações ainda não guardadas.</numerusform>
        </translation>
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
    <name>Messages</name>
    <message>
        <source>{field}: required</source>
        <translation>{field}: obrigatório</translation>
    </message>
    <message>
        <source>{field} is not a field of this record; remove it</source>
        <translation>«{field}» não é um campo deste registo; remova-o</translation>
    </message>
    <message>
        <source>{field} must be a whole number, 0 or more</source>
        <translation>{field}: indique um número inteiro (0 ou mais)</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}</source>
        <translation>{field}: o valor deve estar entre {low} e {high}</translation>
    </message>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>{field}: o valor deve ser de pelo menos {low}</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>{field}: o valor não deve exceder {high}</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field}: o valor deve ser um número</translation>
    </message>
    <message>
        <source>{field}: too many digits</source>
        <translation>{field}: demasiados algarismos</translation>
    </message>
    <message>
        <source>{field} must be a date written as YYYY-MM-DD, for example 2026-03-31</source>
        <translation>{field}: a data deve ser escrita no formato AAAA-MM-DD, por exemplo 2026-03-31</translation>
    </message>
    <message>
        <source>{field} must be one of: {expected}</source>
        <translation>{field}: o valor deve ser um dos seguintes: {expected}</translation>
    </message>
    <message>
        <source>{field} must be at most {max} characters</source>
        <translation>{field}: no máximo {max} caracteres</translation>
    </message>
    <message>
        <source>{field} cannot be empty</source>
        <translation>{field}: este campo não pode ficar vazio</translation>
    </message>
    <message>
        <source>{field}: give at least {min}</source>
        <translation>{field}: indique pelo menos {min}</translation>
    </message>
    <message>
        <source>{field}: give at most {max}</source>
        <translation>{field}: indique no máximo {max}</translation>
    </message>
    <message>
        <source>{field} is not written as expected</source>
        <translation>{field}: o valor não está escrito no formato esperado</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>{field}: o valor deve ser texto</translation>
    </message>
    <message>
        <source>{field} must be a list</source>
        <translation>{field}: o valor deve ser uma lista</translation>
    </message>
    <message>
        <source>{field} must be yes or no</source>
        <translation>{field}: o valor deve ser sim ou não</translation>
    </message>
    <message>
        <source>{field} must be a group of fields</source>
        <translation>{field}: o valor deve ser um grupo de campos</translation>
    </message>
    <message>
        <source>{field} must be a record identifier</source>
        <translation>{field}: o valor deve ser um identificador de registo</translation>
    </message>
    <message>
        <source>“{value}” is not a country code; use two letters such as SN</source>
        <translation>«{value}» não é um código de país; utilize duas letras, como SN</translation>
    </message>
    <message>
        <source>{field} cannot be before {min}</source>
        <translation>{field} não pode ser anterior a {min}</translation>
    </message>
    <message>
        <source>{field} cannot be after {max}</source>
        <translation>{field} não pode ser posterior a {max}</translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation>{field} não pode estar no futuro</translation>
    </message>
    <message>
        <source>{field}: web addresses must start with http:// or https://</source>
        <translation>{field}: os endereços web devem começar por http:// ou https://</translation>
    </message>
    <message>
        <source>“{value}” is not one of the programme&apos;s partners</source>
        <translation>«{value}» não é um dos parceiros do programa</translation>
    </message>
    <message>
        <source>Reference “{value}” must look like SN-2026-0042: country code, year, number</source>
        <translation>A referência «{value}» deve ter o formato SN-2026-0042: código do país, ano, número</translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future</source>
        <translation>A data de nascimento não pode ser no futuro</translation>
    </message>
    <message>
        <source>Give the missing person&apos;s given names or family name</source>
        <translation>Indique os nomes próprios ou o apelido da pessoa desaparecida</translation>
    </message>
    <message>
        <source>Date of last contact cannot be in the future</source>
        <translation>A data do último contacto não pode ser no futuro</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither</source>
        <translation>Indique a latitude e a longitude, ou nenhuma das duas</translation>
    </message>
    <message>
        <source>A case can be shared with another country only with consent</source>
        <translation>Um caso só pode ser partilhado com outro país com o consentimento da família</translation>
    </message>
    <message>
        <source>Record the family&apos;s consent before referring to the Red Cross</source>
        <translation>Registe o consentimento da família antes de encaminhar para a Cruz Vermelha</translation>
    </message>
    <message>
        <source>“{area}” is not a JVAP priority area</source>
        <translation>«{area}» não é uma área prioritária do PAVC</translation>
    </message>
    <message>
        <source>Priority area {area} belongs to a domain not ticked</source>
        <translation>A área prioritária {area} pertence a um domínio não assinalado</translation>
    </message>
    <message>
        <source>End date must be on or after the start date</source>
        <translation>A data de fim deve ser igual ou posterior à data de início</translation>
    </message>
    <message>
        <source>A project needs a budget in EUR (0 if none)</source>
        <translation>Um projeto tem de ter um orçamento em EUR (0 se não houver)</translation>
    </message>
    <message>
        <source>An answer is required to submit</source>
        <translation>É obrigatória uma resposta para submeter</translation>
    </message>
    <message>
        <source>This question is not in the form</source>
        <translation>Esta pergunta não consta do formulário</translation>
    </message>
    <message>
        <source>Answer with text</source>
        <translation>Responda com texto</translation>
    </message>
    <message>
        <source>Keep the answer under {max} characters</source>
        <translation>A resposta deve ter menos de {max} caracteres</translation>
    </message>
    <message>
        <source>Give at most {max} answers in the list</source>
        <translation>Indique no máximo {max} respostas na lista</translation>
    </message>
    <message>
        <source>Answer with text, a number, a date or a list of choices</source>
        <translation>Responda com texto, um número, uma data ou uma lista de opções</translation>
    </message>
    <message>
        <source>Answer with a number</source>
        <translation>Responda com um número</translation>
    </message>
    <message>
        <source>Answer with a number in EUR</source>
        <translation>Responda com um montante em EUR</translation>
    </message>
    <message>
        <source>An amount cannot be negative</source>
        <translation>Um montante não pode ser negativo</translation>
    </message>
    <message>
        <source>The answer must be at least {low}</source>
        <translation>A resposta deve ser de pelo menos {low}</translation>
    </message>
    <message>
        <source>The answer must be at most {high}</source>
        <translation>A resposta não deve exceder {high}</translation>
    </message>
    <message>
        <source>Answer with a date written as YYYY-MM-DD</source>
        <translation>Responda com uma data no formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Pick one of the offered answers</source>
        <translation>Escolha uma das respostas propostas</translation>
    </message>
    <message>
        <source>Pick answers from the offered list</source>
        <translation>Escolha respostas da lista proposta</translation>
    </message>
    <message>
        <source>List countries by their two-letter codes</source>
        <translation>Indique os países pelo respetivo código de duas letras</translation>
    </message>
    <message>
        <source>This report is {state} and cannot be changed until the secretariat returns it</source>
        <translation>Este relatório está no estado «{state}» e não pode ser alterado até o secretariado o devolver</translation>
    </message>
    <message>
        <source>Only the focal point can submit a report</source>
        <translation>Só o ponto focal pode submeter um relatório</translation>
    </message>
    <message>
        <source>A report cannot go from “{old}” to “{new}”</source>
        <translation>Um relatório não pode passar de «{old}» a «{new}»</translation>
    </message>
    <message>
        <source>Earlier comments cannot be changed or removed</source>
        <translation>Os comentários anteriores não podem ser alterados nem removidos</translation>
    </message>
    <message>
        <source>New comments must be written as {role}</source>
        <translation>Os novos comentários têm de ser escritos na qualidade de {role}</translation>
    </message>
    <message>
        <source>This report can only be for {country}</source>
        <translation>Este relatório só pode dizer respeito a um país: {country}</translation>
    </message>
    <message>
        <source>A report cannot move to another campaign</source>
        <translation>Um relatório não pode passar para outra campanha</translation>
    </message>
    <message>
        <source>There is no such campaign on the server</source>
        <translation>Esta campanha não existe no servidor</translation>
    </message>
    <message>
        <source>{country} is not part of the {dialogue}</source>
        <translation>{country} não faz parte do {dialogue}</translation>
    </message>
    <message>
        <source>{country} already has a report for this campaign; sync to get it and edit that one</source>
        <translation>{country} já tem um relatório para esta campanha; sincronize para o obter e edite esse relatório</translation>
    </message>
    <message>
        <source>This record is of another kind on the server</source>
        <translation>No servidor, este registo é de outro tipo</translation>
    </message>
    <message>
        <source>Your account has no country, so it cannot write records</source>
        <translation>A sua conta não tem país associado, pelo que não pode gravar registos</translation>
    </message>
    <message>
        <source>This record belongs to another country; you cannot change it</source>
        <translation>Este registo pertence a outro país; não o pode alterar</translation>
    </message>
    <message>
        <source>There is no such record on the server to delete</source>
        <translation>O registo a eliminar não existe no servidor</translation>
    </message>
    <message>
        <source>The server has no record with this id</source>
        <translation>O servidor não tem nenhum registo com este identificador</translation>
    </message>
    <message>
        <source>A report that is {state} cannot be deleted</source>
        <translation>Um relatório no estado «{state}» não pode ser eliminado</translation>
    </message>
    <message>
        <source>This record was deleted on the server, so it cannot be saved there again; save it as a new record</source>
        <translation>Este registo foi eliminado no servidor e não pode voltar a ser guardado lá; guarde-o como um novo registo</translation>
    </message>
    <message>
        <source>The server cannot take a new record under this id; save it as a new record</source>
        <translation>O servidor não pode aceitar um novo registo com este identificador; guarde-o como um novo registo</translation>
    </message>
    <message>
        <source>The data holds a value that cannot be stored</source>
        <translation>Os dados contêm um valor que não pode ser guardado</translation>
    </message>
    <message>
        <source>This change was sent before with other content</source>
        <translation>Esta alteração já foi enviada antes com outro conteúdo</translation>
    </message>
    <message>
        <source>The server could not store this record</source>
        <translation>O servidor não conseguiu guardar este registo</translation>
    </message>
    <message>
        <source>A comment is required to return a report</source>
        <translation>É obrigatório um comentário para devolver um relatório</translation>
    </message>
    <message>
        <source>“{reference}” must start with {prefix}, the country of the case.</source>
        <translation>A referência «{reference}» deve começar por {prefix}, o código do país do caso.</translation>
    </message>
    <message>
        <source>“{reference}” is already used by another case; choose another.</source>
        <translation>A referência «{reference}» já é utilizada por outro caso; escolha outra.</translation>
    </message>
    <message>
        <source>“{reference}” is already used by another case ({name}); choose another.</source>
        <translation>A referência «{reference}» já é utilizada por outro caso ({name}); escolha outra.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>E-mail ou palavra-passe incorretos.</translation>
    </message>
    <message>
        <source>You are not signed in: sign in again.</source>
        <translation>Não tem sessão iniciada: inicie sessão novamente.</translation>
    </message>
    <message>
        <source>Your session has expired or was revoked: sign in again.</source>
        <translation>A sua sessão expirou ou foi revogada: inicie sessão novamente.</translation>
    </message>
    <message>
        <source>This sign-in is not valid: sign in again.</source>
        <translation>Esta sessão não é válida: inicie sessão novamente.</translation>
    </message>
    <message>
        <source>This sign-in has expired: sign in again.</source>
        <translation>Esta sessão expirou: inicie sessão novamente.</translation>
    </message>
    <message>
        <source>This computer has been signed out: sign in again.</source>
        <translation>A sessão deste computador foi terminada: inicie sessão novamente.</translation>
    </message>
    <message>
        <source>This computer has been signed out for safety (a sign-in was used twice): sign in again.</source>
        <translation>A sessão deste computador foi terminada por segurança (um mesmo início de sessão foi utilizado duas vezes): inicie sessão novamente.</translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment and try again.</source>
        <translation>Demasiadas tentativas; aguarde um momento e tente novamente.</translation>
    </message>
    <message>
        <source>Only the secretariat can do this.</source>
        <translation>Só o secretariado pode fazer esta operação.</translation>
    </message>
    <message>
        <source>The server does not have this (any more).</source>
        <translation>O servidor não tem (ou já não tem) este elemento.</translation>
    </message>
    <message>
        <source>The report changed on the server since you opened it; look at it again before deciding.</source>
        <translation>O relatório foi alterado no servidor desde que o abriu; volte a analisá-lo antes de decidir.</translation>
    </message>
    <message>
        <source>Only submitted reports can be accepted or returned.</source>
        <translation>Só os relatórios submetidos podem ser aceites ou devolvidos.</translation>
    </message>
    <message>
        <source>The server refused the request: something in it is not valid.</source>
        <translation>O servidor recusou o pedido: algo nele não é válido.</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>O servidor não conseguiu ler o pedido.</translation>
    </message>
    <message>
        <source>The server could not read the request: it is nested too deeply.</source>
        <translation>O servidor não conseguiu ler o pedido: está demasiado aninhado.</translation>
    </message>
    <message>
        <source>A value cannot be stored by the server.</source>
        <translation>O servidor não consegue guardar um dos valores.</translation>
    </message>
    <message>
        <source>The request was too large for the server; try again.</source>
        <translation>O pedido era demasiado grande para o servidor; tente novamente.</translation>
    </message>
    <message>
        <source>The server does not offer this; check its address.</source>
        <translation>O servidor não disponibiliza este serviço; verifique o endereço.</translation>
    </message>
    <message>
        <source>The server cannot reach its database; try again shortly.</source>
        <translation>O servidor não consegue aceder à base de dados; tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>O servidor teve um problema; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Cannot reach the server: you seem to be offline.</source>
        <translation>Não é possível contactar o servidor: parece estar sem ligação.</translation>
    </message>
    <message>
        <source>Cannot reach {server}: you seem to be offline.</source>
        <translation>Não é possível contactar {server}: parece estar sem ligação.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If your ministry uses a TLS proxy, set its CA bundle in Settings.</source>
        <translation>O certificado do servidor não é de confiança. Se o seu ministério utiliza um proxy TLS, indique os respetivos certificados da autoridade de certificação nas definições.</translation>
    </message>
    <message>
        <source>You are not signed in: sign in first.</source>
        <translation>Não tem sessão iniciada: inicie sessão primeiro.</translation>
    </message>
    <message>
        <source>The server is busy; try again in a moment.</source>
        <translation>O servidor está ocupado; tente novamente dentro de momentos.</translation>
    </message>
    <message>
        <source>Restore the profile folder {folder} from a backup, or move that folder away, start again and sign in: what was synced comes back from the server; changes made here since the last sync would be lost.</source>
        <translation>Restaure a pasta do perfil {folder} a partir de uma cópia de segurança, ou mova essa pasta para outro lugar, reinicie e inicie sessão: o que foi sincronizado volta do servidor; as alterações feitas aqui desde a última sincronização perder-se-iam.</translation>
    </message>
    <message>
        <source>The disk that holds the profile folder {folder} is full. Free space on it and try again; nothing you typed is lost.</source>
        <translation>O disco que contém a pasta do perfil {folder} está cheio. Liberte espaço e tente de novo; nada do que escreveu se perdeu.</translation>
    </message>
    <message>
        <source>The disk that holds the profile folder {folder} refused a write (it is full, or failing). Free space on it and try again; nothing you typed is lost.</source>
        <translation>O disco que contém a pasta do perfil {folder} recusou uma escrita (está cheio ou avariado). Liberte espaço e tente de novo; nada do que escreveu se perdeu.</translation>
    </message>
    <message>
        <source>This profile&apos;s database is damaged ({path}).</source>
        <translation>A base de dados deste perfil está danificada ({path}).</translation>
    </message>
    <message>
        <source>This profile&apos;s database {path} is missing or empty, although the profile had one.</source>
        <translation>A base de dados deste perfil {path} está em falta ou vazia, embora o perfil tivesse uma.</translation>
    </message>
    <message>
        <source>{path} is damaged, so this profile cannot be opened. Restore that file (or the whole profile folder {folder}) from a backup, or move the folder away, start again and sign in: what was synced comes back from the server; changes made here since the last sync would be lost.</source>
        <translation>{path} está danificado, por isso este perfil não pode ser aberto. Restaure esse ficheiro (ou toda a pasta do perfil {folder}) a partir de uma cópia de segurança, ou mova a pasta para outro lugar, reinicie e inicie sessão: o que foi sincronizado volta do servidor; as alterações feitas aqui desde a última sincronização perder-se-iam.</translation>
    </message>
    <message numerus="yes">
        <source>List at least %n initiative(s) to submit</source>
        <translation>
            <numerusform>Indique pelo menos %n iniciativa para submeter</numerusform>
            <numerusform>Indique pelo menos %n iniciativas para submeter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>An amount in EUR from {low} to {high}</source>
        <translation>Um montante em EUR de {low} a {high}</translation>
    </message>
    <message>
        <source>An amount in EUR, {low} or more</source>
        <translation>Um montante em EUR, {low} ou mais</translation>
    </message>
    <message>
        <source>An amount in EUR</source>
        <translation>Um montante em EUR</translation>
    </message>
    <message>
        <source>A number from {low} to {high}</source>
        <translation>Um número de {low} a {high}</translation>
    </message>
    <message>
        <source>A number, {low} or more</source>
        <translation>Um número, {low} ou mais</translation>
    </message>
    <message>
        <source>A number, {high} or less</source>
        <translation>Um número, {high} ou menos</translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation>Introduza um número</translation>
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
        <source>At least {n} characters. Type it twice; it cannot be recovered if lost.</source>
        <translation>Pelo menos {n} caracteres. Introduza-a duas vezes; não pode ser recuperada se a perder.</translation>
    </message>
    <message>
        <source>Type the passphrase chosen when this profile was created.</source>
        <translation>Introduza a frase-passe escolhida quando este perfil foi criado.</translation>
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
        <source>Type the passphrase.</source>
        <translation>Introduza a frase-passe.</translation>
    </message>
    <message>
        <source>This passphrase has {count} characters; choose one of at least {n}.</source>
        <translation>Esta frase-passe tem {count} caracteres; escolha uma com pelo menos {n}.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-passe são diferentes.</translation>
    </message>
    <message>
        <source>No passphrase was given; the profile stays locked.</source>
        <translation>Não foi indicada nenhuma frase-passe; o perfil continua bloqueado.</translation>
    </message>
    <message>
        <source>That passphrase does not open this profile. Check it (capitals, keyboard layout) and try again.</source>
        <translation>Esta frase-passe não abre este perfil. Verifique-a (maiúsculas, disposição do teclado) e tente novamente.</translation>
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
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the list to an Excel workbook</source>
        <translation>Exportar a lista para um livro do Excel</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Retomar…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
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
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the country reports to an Excel workbook</source>
        <translation>Exportar os relatórios nacionais para um livro do Excel</translation>
    </message>
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
    <name>ReviewChanges</name>
    <message>
        <source>What changed since the report was returned</source>
        <translation>O que mudou desde a devolução do relatório</translation>
    </message>
    <message>
        <source>Changes since the return</source>
        <translation>Alterações desde a devolução</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When returned</source>
        <translation>Na devolução</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Neither the server nor this computer holds the version that was returned, so this review cannot show what changed; compare it with the comments below.</source>
        <translation>Nem o servidor nem este computador têm a versão que foi devolvida, pelo que esta revisão não pode mostrar o que mudou; compare com os comentários abaixo.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the return.</source>
        <translation>
            <numerusform>%n alteração desde a devolução.</numerusform>
            <numerusform>%n alterações desde a devolução.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since the report was returned.</source>
        <translation>Nada mudou desde a devolução do relatório.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Initiative added: {title}</source>
        <translation>Iniciativa adicionada: {title}</translation>
    </message>
    <message>
        <source>Initiative removed: {title}</source>
        <translation>Iniciativa removida: {title}</translation>
    </message>
    <message>
        <source>Initiative “{title}”: {field}</source>
        <translation>Iniciativa «{title}»: {field}</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
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
        <source>Budget (EUR)</source>
        <translation>Orçamento (EUR)</translation>
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
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos-alvo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ligação</translation>
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
        <source>This report is {state}: there is nothing to decide.</source>
        <translation>Este relatório está no estado «{state}»: não há nada a decidir.</translation>
    </message>
    <message>
        <source>Say what to fix: a returned report needs a comment.</source>
        <translation>Indique o que corrigir: um relatório devolvido precisa de um comentário.</translation>
    </message>
    <message>
        <source>Sending your decision…</source>
        <translation>A enviar a sua decisão…</translation>
    </message>
    <message>
        <source>Close this review and open the report again.</source>
        <translation>Feche esta análise e volte a abrir o relatório.</translation>
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
        <source>The connection to {host} would not be encrypted: use the server&apos;s {https} address, or ask your IT department to allow unencrypted connections.</source>
        <translation>A ligação a {host} não seria cifrada: use o endereço {https} do servidor, ou peça ao seu departamento de informática que permita ligações não cifradas.</translation>
    </message>
    <message>
        <source>Write the server&apos;s address in full, e.g. {example}</source>
        <translation>Escreva o endereço completo do servidor, p. ex. {example}</translation>
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
        <source>Sign in…</source>
        <translation>Iniciar sessão…</translation>
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
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não guardadas</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Guardar as alterações?</translation>
    </message>
</context>
</TS>
