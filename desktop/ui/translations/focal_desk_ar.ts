<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>About</name>
    <message>
        <source>not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>JVAP country reports and missing-migrant records, offline first.</source>
        <translation>التقارير القُطرية لخطة عمل فاليتا المشتركة وسجلات المهاجرين المفقودين، دون اتصال أولاً.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>مجلد البيانات: {path}</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>الخادم: {url}</translation>
    </message>
    <message>
        <source>About Focal Point Desk</source>
        <translation>حول Focal Point Desk</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Something went wrong: {reason}</source>
        <translation>حدث خطأ: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>New missing case</source>
        <translation>حالة فقدان جديدة</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Country code, year and number, e.g. SN-2026-0042</source>
        <translation>رمز البلد والسنة والرقم، مثل SN-2026-0042</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Person sought</source>
        <translation>الشخص المبحوث عنه</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>الأسماء الشخصية</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>تهجئات أخرى</translation>
    </message>
    <message>
        <source>Separate spellings with semicolons</source>
        <translation>افصل بين التهجئات بفاصلة منقوطة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>العمر (بالسنوات)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات المحكية</translation>
    </message>
    <message>
        <source>Physical description, clothing, effects</source>
        <translation>الأوصاف الجسدية والملابس والمتعلقات</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>الرحلة</translation>
    </message>
    <message>
        <source>Place of departure</source>
        <translation>مكان الانطلاق</translation>
    </message>
    <message>
        <source>Country of departure</source>
        <translation>بلد الانطلاق</translation>
    </message>
    <message>
        <source>Intended destination</source>
        <translation>الوجهة المقصودة</translation>
    </message>
    <message>
        <source>Migration route</source>
        <translation>طريق الهجرة</translation>
    </message>
    <message>
        <source>Transit points</source>
        <translation>نقاط العبور</translation>
    </message>
    <message>
        <source>Places passed through, separated by semicolons</source>
        <translation>الأماكن التي مرّ بها، مفصولة بفاصلة منقوطة</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Precision of the date</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>الظروف</translation>
    </message>
    <message>
        <source>Enquirer (family)</source>
        <translation>مقدّم الطلب (العائلة)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Consent and referrals</source>
        <translation>الموافقة والإحالات</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>مشاركة البيانات</translation>
    </message>
    <message>
        <source>Family consents to sharing</source>
        <translation>توافق العائلة على المشاركة</translation>
    </message>
    <message>
        <source>Red Cross</source>
        <translation>الصليب الأحمر</translation>
    </message>
    <message>
        <source>Consents to RFL referral</source>
        <translation>توافق على الإحالة إلى إعادة الروابط العائلية</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Shared with countries</source>
        <translation>مُشارَكة مع البلدان</translation>
    </message>
    <message>
        <source>Two-letter codes, e.g. ES; IT (needs consent)</source>
        <translation>رموز من حرفين، مثل ES؛ IT (تتطلب الموافقة)</translation>
    </message>
    <message>
        <source>Incident and notes</source>
        <translation>الحادث والملاحظات</translation>
    </message>
    <message>
        <source>Linked incident</source>
        <translation>الحادث المرتبط</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Search by name, other spelling or reference</source>
        <translation>البحث بالاسم أو بتهجئة أخرى أو بالمرجع</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>لا حالات</numerusform>
            <numerusform>حالة واحدة</numerusform>
            <numerusform>حالتان</numerusform>
            <numerusform>%n حالات</numerusform>
            <numerusform>%n حالة</numerusform>
            <numerusform>%n حالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية حسب الوضع</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الأوضاع</translation>
    </message>
</context>
<context>
    <name>ColumnSets</name>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Person sought</source>
        <translation>الشخص المبحوث عنه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>الطريق</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>Incident ID</source>
        <translation>معرّف الحادث</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>مساهم</translation>
    </message>
    <message>
        <source>Returned by the secretariat: please address these comments and submit again.</source>
        <translation>أعادته الأمانة: يُرجى معالجة هذه الملاحظات ثم الإرسال مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>{label} was changed here and on the server. Choose, field by field, the value to keep.</source>
        <translation>عُدِّل {label} هنا وعلى الخادم. اختر، حقلاً بحقل، القيمة التي تريد الاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Show only the fields that differ</source>
        <translation>إظهار الحقول المختلفة فقط</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>الحقول المتعارضة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>على الخادم</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الاحتفاظ بـ</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>الاحتفاظ بكل قيمي</translation>
    </message>
    <message>
        <source>Take all from the server</source>
        <translation>أخذ كل القيم من الخادم</translation>
    </message>
    <message>
        <source>Save resolution</source>
        <translation>حفظ الحل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>This combination is not valid:</source>
        <translation>هذه التوليفة غير صالحة:</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Open conflicts</source>
        <translation>التعارضات المفتوحة</translation>
    </message>
    <message>
        <source>No conflicts. When a record is changed here and on the server at the same time, it appears here.</source>
        <translation>لا توجد تعارضات. عندما يُعدَّل سجل هنا وعلى الخادم في الوقت نفسه، يظهر هنا.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>اختيار تاريخ</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Discard these changes</source>
        <translation>تجاهل هذه التغييرات</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>حذف السجل</translation>
    </message>
    <message>
        <source>Delete this record? The deletion is sent to the server at the next sync.</source>
        <translation>حذف هذا السجل؟ يُرسَل الحذف إلى الخادم في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation>حفظ التغييرات على هذا السجل؟</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Reports of every partner country, by campaign. Double-click a submitted report to accept it or return it.</source>
        <translation>تقارير كل بلد شريك حسب الحملة. انقر نقراً مزدوجاً على تقرير مُرسَل لقبوله أو إعادته.</translation>
    </message>
    <message>
        <source>Reports by country and campaign</source>
        <translation>التقارير حسب البلد والحملة</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>New incident</source>
        <translation>حادث جديد</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادث</translation>
    </message>
    <message>
        <source>Incident ID</source>
        <translation>معرّف الحادث</translation>
    </message>
    <message>
        <source>Main ID</source>
        <translation>المعرّف الرئيسي</translation>
    </message>
    <message>
        <source>Groups incidents IOM reports as one event</source>
        <translation>يجمع الحوادث التي تبلّغ عنها المنظمة الدولية للهجرة كحدث واحد</translation>
    </message>
    <message>
        <source>Date of incident</source>
        <translation>تاريخ الحادث</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Country of incident</source>
        <translation>بلد الحادث</translation>
    </message>
    <message>
        <source>Location description</source>
        <translation>وصف الموقع</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Migration route</source>
        <translation>طريق الهجرة</translation>
    </message>
    <message>
        <source>UNSD geographical grouping</source>
        <translation>التجميع الجغرافي لشعبة الإحصاءات بالأمم المتحدة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Number dead</source>
        <translation>عدد الموتى</translation>
    </message>
    <message>
        <source>Number missing</source>
        <translation>عدد المفقودين</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>الناجون</translation>
    </message>
    <message>
        <source>Females</source>
        <translation>الإناث</translation>
    </message>
    <message>
        <source>Males</source>
        <translation>الذكور</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Cause and origin</source>
        <translation>السبب والأصل</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>سبب الوفاة</translation>
    </message>
    <message>
        <source>Region of origin</source>
        <translation>منطقة الأصل</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>بلد الأصل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Information source</source>
        <translation>مصدر المعلومات</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Source quality (1–5)</source>
        <translation>جودة المصدر (1–5)</translation>
    </message>
</context>
<context>
    <name>IncidentLink</name>
    <message>
        <source>No incident linked</source>
        <translation>لا يوجد حادث مرتبط</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <source>Link an incident</source>
        <translation>ربط حادث</translation>
    </message>
    <message>
        <source>Search by incident ID, place or country</source>
        <translation>البحث بمعرّف الحادث أو المكان أو البلد</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Search by incident ID, location or country</source>
        <translation>البحث بمعرّف الحادث أو الموقع أو البلد</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>حادث جديد</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>لا حوادث</numerusform>
            <numerusform>حادث واحد</numerusform>
            <numerusform>حادثان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثاً</numerusform>
            <numerusform>%n حادث</numerusform>
        </translation>
    </message>
    <message>
        <source>Import IOM file…</source>
        <translation>استيراد ملف المنظمة الدولية للهجرة…</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Initiative</source>
        <translation>المبادرة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>الميزانية (يورو)</translation>
    </message>
    <message>
        <source>Required for projects; 0 if none</source>
        <translation>مطلوبة للمشاريع؛ 0 إن لم توجد</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>JVAP domains</source>
        <translation>مجالات خطة عمل فاليتا</translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation>المجالات ذات الأولوية</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <translation>البلدان المشمولة</translation>
    </message>
    <message>
        <source>Implementing organisations</source>
        <translation>الجهات المنفِّذة</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>المنظمات الشريكة</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>مصادر التمويل</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
</context>
<context>
    <name>InitiativesModel</name>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>JVAP domains</source>
        <translation>مجالات خطة عمل فاليتا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>الميزانية (يورو)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
</context>
<context>
    <name>InitiativesTable</name>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Add initiative…</source>
        <translation>إضافة مبادرة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>عرض…</translation>
    </message>
</context>
<context>
    <name>IomImportDialog</name>
    <message>
        <source>Import IOM file</source>
        <translation>استيراد ملف المنظمة الدولية للهجرة</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>الأسطر المرفوضة</translation>
    </message>
    <message>
        <source>IOM Missing Migrants files (*.csv *.json);;All files (*)</source>
        <translation>ملفات المهاجرين المفقودين للمنظمة الدولية للهجرة (*.csv *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Importing {name}: {done} of {total} rows</source>
        <translation>جارٍ استيراد {name}: {done} من {total} سطراً</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>تم استيراد {name}</translation>
    </message>
    <message>
        <source>{total} rows read ({format}).</source>
        <translation>قُرئ {total} سطراً ({format}).</translation>
    </message>
    <message>
        <source>Added: {n}</source>
        <translation>أُضيف: {n}</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>حُدِّث: {n}</translation>
    </message>
    <message>
        <source>Unchanged: {n}</source>
        <translation>دون تغيير: {n}</translation>
    </message>
    <message>
        <source>Rejected: {n}</source>
        <translation>رُفض: {n}</translation>
    </message>
    <message>
        <source>Repeated rows skipped: {n}</source>
        <translation>أسطر مكررة تم تخطيها: {n}</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>السطر {line}: {reason}</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>لم يتم استيراد الملف</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>قيد البحث</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>مُحالة</translation>
    </message>
    <message>
        <source>Found alive</source>
        <translation>عُثر عليه حياً</translation>
    </message>
    <message>
        <source>Deceased, identified</source>
        <translation>متوفى، تم التعرف عليه</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>اليوم بالضبط</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>الشهر فقط</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>مُعاد</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>أُعيد إرساله</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>متزامن</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>سياسة</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Missing case</source>
        <translation>حالة فقدان</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادث</translation>
    </message>
    <message>
        <source>Country report</source>
        <translation>تقرير قُطري</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>حملة</translation>
    </message>
    <message>
        <source>Rabat Process</source>
        <translation>عملية الرباط</translation>
    </message>
    <message>
        <source>Khartoum Process</source>
        <translation>عملية الخرطوم</translation>
    </message>
    <message>
        <source>Continent-to-Continent Dialogue</source>
        <translation>الحوار بين القارتين</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Country reports</source>
        <translation>التقارير القُطرية</translation>
    </message>
    <message>
        <source>Missing cases</source>
        <translation>حالات الفقدان</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Secretariat inbox</source>
        <translation>صندوق الأمانة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>سجل &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Import IOM file…</source>
        <translation>ا&amp;ستيراد ملف المنظمة الدولية للهجرة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;مزامنة</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>مزامنة &amp;الآن</translation>
    </message>
    <message>
        <source>&amp;Stop sync</source>
        <translation>إي&amp;قاف المزامنة</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Focal Point Desk</source>
        <translation>&amp;حول Focal Point Desk</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Cases by status</source>
        <translation>الحالات حسب الوضع</translation>
    </message>
    <message>
        <source>Cases by route</source>
        <translation>الحالات حسب الطريق</translation>
    </message>
    <message>
        <source>Incidents: dead and missing per month</source>
        <translation>الحوادث: الموتى والمفقودون شهرياً</translation>
    </message>
    <message>
        <source>Campaign completeness</source>
        <translation>اكتمال الحملات</translation>
    </message>
    <message>
        <source>Missing cases by status</source>
        <translation>حالات الفقدان حسب الوضع</translation>
    </message>
    <message>
        <source>Missing cases by route</source>
        <translation>حالات الفقدان حسب الطريق</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>(no route)</source>
        <translation>(دون طريق)</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>موتى</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <source>Campaign completeness (countries)</source>
        <translation>اكتمال الحملات (البلدان)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>No passphrase was given; the profile stays locked.</source>
        <translation>لم تُدخَل عبارة مرور؛ يبقى الملف الشخصي مقفلاً.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Restored changes you had not saved ({when}).</source>
        <translation>تمت استعادة تغييرات لم تحفظها ({when}).</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>كل الطرق</translation>
    </message>
    <message>
        <source>Route filter</source>
        <translation>تصفية حسب الطريق</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>أي حالة مزامنة</translation>
    </message>
    <message>
        <source>Sync state filter</source>
        <translation>تصفية حسب حالة المزامنة</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>استئناف…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with changes not saved yet.</source>
        <translation>
            <numerusform>لا سجلات بتغييرات غير محفوظة.</numerusform>
            <numerusform>سجل واحد بتغييرات غير محفوظة بعد.</numerusform>
            <numerusform>سجلان بتغييرات غير محفوظة بعد.</numerusform>
            <numerusform>%n سجلات بتغييرات غير محفوظة بعد.</numerusform>
            <numerusform>%n سجلاً بتغييرات غير محفوظة بعد.</numerusform>
            <numerusform>%n سجل بتغييرات غير محفوظة بعد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsEdit</name>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>مرجعهم</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Dates as YYYY-MM-DD</source>
        <translation>التواريخ بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>إضافة إحالة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>{dialogue} · period {period} · open {opens} to {closes}</source>
        <translation>{dialogue} · الفترة {period} · مفتوحة من {opens} إلى {closes}</translation>
    </message>
    <message>
        <source>Domain {n}</source>
        <translation>المجال {n}</translation>
    </message>
    <message>
        <source>Projects and policies implementing the JVAP; double-click to see every field. At least {n} to submit.</source>
        <translation>المشاريع والسياسات المنفِّذة لخطة عمل فاليتا؛ انقر نقراً مزدوجاً لرؤية كل الحقول. {n} على الأقل للإرسال.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Submit to the secretariat</source>
        <translation>إرسال إلى الأمانة</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to complete before submitting.</source>
        <translation>
            <numerusform>لا شيء لإكماله قبل الإرسال.</numerusform>
            <numerusform>عنصر واحد لإكماله قبل الإرسال.</numerusform>
            <numerusform>عنصران لإكمالهما قبل الإرسال.</numerusform>
            <numerusform>%n عناصر لإكمالها قبل الإرسال.</numerusform>
            <numerusform>%n عنصراً لإكمالها قبل الإرسال.</numerusform>
            <numerusform>%n عنصر لإكمالها قبل الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation>جاهز للإرسال.</translation>
    </message>
    <message>
        <source>Accepted by the secretariat.</source>
        <translation>قبلته الأمانة.</translation>
    </message>
    <message>
        <source>Submitted: read-only until the secretariat accepts or returns it.</source>
        <translation>مُرسَل: للقراءة فقط إلى أن تقبله الأمانة أو تعيده.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation>بدء التقرير</translation>
    </message>
    <message>
        <source>The secretariat reviews reports in the Secretariat inbox.</source>
        <translation>تراجع الأمانة التقارير في صندوق الأمانة.</translation>
    </message>
    <message>
        <source>No campaign has reached this computer yet. Sync to receive the secretariat&apos;s campaigns.</source>
        <translation>لم تصل أي حملة إلى هذا الحاسوب بعد. قم بالمزامنة لتلقي حملات الأمانة.</translation>
    </message>
    <message>
        <source>Sign in as your country&apos;s focal point and sync to see the data-collection campaigns.</source>
        <translation>سجّل الدخول بصفتك جهة الاتصال لبلدك وقم بالمزامنة لرؤية حملات جمع البيانات.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>{country} has not started its report for “{title}”.</source>
        <translation>لم يبدأ {country} تقريره لـ«{title}» بعد.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review report</source>
        <translation>مراجعة التقرير</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Comment to the focal point (required to return the report)</source>
        <translation>تعليق لجهة الاتصال (مطلوب لإعادة التقرير)</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>تعليق المراجعة</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Return to the country</source>
        <translation>إعادة إلى البلد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>قرارك</translation>
    </message>
    <message>
        <source>This report is not on this computer yet; sync first.</source>
        <translation>هذا التقرير غير موجود على هذا الحاسوب بعد؛ قم بالمزامنة أولاً.</translation>
    </message>
    <message>
        <source>Say what to fix: a returned report needs a comment.</source>
        <translation>حدّد ما يجب تصحيحه: يحتاج التقرير المُعاد إلى تعليق.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Server and sync</source>
        <translation>الخادم والمزامنة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Work offline (never connect)</source>
        <translation>العمل دون اتصال (عدم الاتصال أبداً)</translation>
    </message>
    <message>
        <source>Only for a ministry TLS proxy: path to a .pem</source>
        <translation>فقط لوكيل TLS الخاص بالوزارة: مسار ملف ‎.pem</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>المزامنة كل</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>حزمة شهادات جهة التصديق</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>البيانات على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Encrypted data folder: {path}</source>
        <translation>مجلد البيانات المشفّر: {path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>focal point</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Signed in as {email} ({role}{country})</source>
        <translation>تم تسجيل الدخول باسم {email} ({role}{country})</translation>
    </message>
    <message>
        <source>Not signed in. Everything works offline; sign in to sync.</source>
        <translation>لم يتم تسجيل الدخول. كل شيء يعمل دون اتصال؛ سجّل الدخول للمزامنة.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Focal Point Desk</source>
        <translation>تسجيل الدخول إلى Focal Point Desk</translation>
    </message>
    <message>
        <source>Sign in with the account the secretariat gave you. You can also work offline now and sign in later from Settings.</source>
        <translation>سجّل الدخول بالحساب الذي منحتك إياه الأمانة. يمكنك أيضاً العمل دون اتصال الآن وتسجيل الدخول لاحقاً من الإعدادات.</translation>
    </message>
    <message>
        <source>name@ministry.gov</source>
        <translation>name@ministry.gov</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>العمل دون اتصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>أدخل عنوان الخادم.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>أدخل عنوان بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Name this computer, e.g. “Dakar office laptop”.</source>
        <translation>سمِّ هذا الحاسوب، مثل «حاسوب مكتب تونس المحمول».</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>فشل تسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>بانتظار المزامنة</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>متزامن</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>رفضه الخادم</translation>
    </message>
    <message>
        <source>Conflict: changed on the server too</source>
        <translation>تعارض: عُدِّل على الخادم أيضاً</translation>
    </message>
    <message>
        <source>Sync state: {state}</source>
        <translation>حالة المزامنة: {state}</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>تغييرات بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Send and receive changes (F5)</source>
        <translation>إرسال التغييرات وتلقيها (F5)</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>يتوفر تحديث</translation>
    </message>
    <message>
        <source>Update available: {version}</source>
        <translation>يتوفر تحديث: {version}</translation>
    </message>
    <message>
        <source>Focal Point Desk {version} is available (this is {current}).</source>
        <translation>يتوفر Focal Point Desk {version} (الإصدار الحالي {current}).</translation>
    </message>
    <message>
        <source>An update was refused: {reason}</source>
        <translation>تم رفض تحديث: {reason}</translation>
    </message>
    <message>
        <source>Sign in (Settings) to sync.</source>
        <translation>سجّل الدخول (الإعدادات) للمزامنة.</translation>
    </message>
    <message>
        <source>Working offline: turn it off in Settings to sync.</source>
        <translation>العمل دون اتصال: أوقفه من الإعدادات للمزامنة.</translation>
    </message>
    <message>
        <source>Sync done: {sent} sent, {received} received.</source>
        <translation>اكتملت المزامنة: أُرسل {sent}، واستُلم {received}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) to resolve.</source>
        <translation>
            <numerusform>لا تعارضات جديدة.</numerusform>
            <numerusform>تعارض جديد واحد يجب حله.</numerusform>
            <numerusform>تعارضان جديدان يجب حلهما.</numerusform>
            <numerusform>%n تعارضات جديدة يجب حلها.</numerusform>
            <numerusform>%n تعارضاً جديداً يجب حلها.</numerusform>
            <numerusform>%n تعارض جديد يجب حلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: {reason}</source>
        <translation>توقفت المزامنة: {reason}</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>العمل دون اتصال</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>لم يتصل بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>لا تغييرات للإرسال</numerusform>
            <numerusform>تغيير واحد للإرسال</numerusform>
            <numerusform>تغييران للإرسال</numerusform>
            <numerusform>%n تغييرات للإرسال</numerusform>
            <numerusform>%n تغييراً للإرسال</numerusform>
            <numerusform>%n تغيير للإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضاً</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>آخر مزامنة {time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
</context>
</TS>
