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
    <name>AccountSwitchBox</name>
    <message>
        <source>Another account</source>
        <translation>حساب آخر</translation>
    </message>
    <message>
        <source>This profile holds the data of another account ({held}).</source>
        <translation>يحتوي هذا الملف الشخصي على بيانات حساب آخر ({held}).</translation>
    </message>
    <message>
        <source>Signing in with this account ({wanted}) removes that data from this computer: its cases, incidents, reports, unsaved drafts and conflicts. What this account may see is then downloaded from the server. To keep both, use another profile for this account.</source>
        <translation>يؤدي تسجيل الدخول بهذا الحساب ({wanted}) إلى حذف تلك البيانات من هذا الحاسوب: حالاتها وحوادثها وتقاريرها ومسوداتها غير المحفوظة وتعارضاتها. ثم يُنزَّل من الخادم ما يحق لهذا الحساب الاطلاع عليه. للاحتفاظ بالاثنين، استخدم ملفاً شخصياً آخر لهذا الحساب.</translation>
    </message>
    <message>
        <source>Remove the data and sign in</source>
        <translation>حذف البيانات وتسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>AccountSwitchTexts</name>
    <message numerus="yes">
        <source>This profile holds the data of another account ({held}) with %n change(s) not sent yet, which signing in with this account ({wanted}) would lose. Sign in as that account and sync first, or use another profile for this account.</source>
        <translation>
            <numerusform>يحتوي هذا الملف الشخصي على بيانات حساب آخر ({held})، وقد تضيع تغييراته غير المُرسَلة عند تسجيل الدخول بهذا الحساب ({wanted}). سجّل الدخول بذلك الحساب وقم بالمزامنة أولاً، أو استخدم ملفاً شخصياً آخر لهذا الحساب.</numerusform>
            <numerusform>يحتوي هذا الملف الشخصي على بيانات حساب آخر ({held}) فيها تغيير واحد لم يُرسَل بعد، وسيضيع إذا سجّلت الدخول بهذا الحساب ({wanted}). سجّل الدخول بذلك الحساب وقم بالمزامنة أولاً، أو استخدم ملفاً شخصياً آخر لهذا الحساب.</numerusform>
            <numerusform>يحتوي هذا الملف الشخصي على بيانات حساب آخر ({held}) فيها تغييران لم يُرسَلا بعد، وسيضيعان إذا سجّلت الدخول بهذا الحساب ({wanted}). سجّل الدخول بذلك الحساب وقم بالمزامنة أولاً، أو استخدم ملفاً شخصياً آخر لهذا الحساب.</numerusform>
            <numerusform>يحتوي هذا الملف الشخصي على بيانات حساب آخر ({held}) فيها %n تغييرات لم تُرسَل بعد، وستضيع إذا سجّلت الدخول بهذا الحساب ({wanted}). سجّل الدخول بذلك الحساب وقم بالمزامنة أولاً، أو استخدم ملفاً شخصياً آخر لهذا الحساب.</numerusform>
            <numerusform>يحتوي هذا الملف الشخصي على بيانات حساب آخر ({held}) فيها %n تغييراً لم تُرسَل بعد، وستضيع إذا سجّلت الدخول بهذا الحساب ({wanted}). سجّل الدخول بذلك الحساب وقم بالمزامنة أولاً، أو استخدم ملفاً شخصياً آخر لهذا الحساب.</numerusform>
            <numerusform>يحتوي هذا الملف الشخصي على بيانات حساب آخر ({held}) فيها %n تغيير لم تُرسَل بعد، وستضيع إذا سجّلت الدخول بهذا الحساب ({wanted}). سجّل الدخول بذلك الحساب وقم بالمزامنة أولاً، أو استخدم ملفاً شخصياً آخر لهذا الحساب.</numerusform>
        </translation>
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
        <source>“{reference}” must start with {country}, the country of the case.</source>
        <translation>يجب أن يبدأ المرجع «{reference}» بـ{country}، وهو رمز بلد الحالة.</translation>
    </message>
    <message>
        <source>“{reference}” is already used by another case ({name}); choose another.</source>
        <translation>المرجع «{reference}» مستخدم بالفعل لحالة أخرى ({name})؛ اختر مرجعاً آخر.</translation>
    </message>
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
        <source>Needs the family&apos;s consent to sharing</source>
        <translation>يتطلب موافقة العائلة على المشاركة</translation>
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
    <name>CaseImport</name>
    <message>
        <source>Sign in with a country&apos;s account to import cases: their references must start with that country&apos;s code.</source>
        <translation>سجّل الدخول بحساب بلد لاستيراد الحالات: يجب أن تبدأ مراجعها برمز ذلك البلد.</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <source>Import cases</source>
        <translation>استيراد الحالات</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>الأسطر المرفوضة</translation>
    </message>
    <message>
        <source>Cases (*.xlsx *.csv *.json);;All files (*)</source>
        <translation>الحالات (*.xlsx *.csv *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Row {n}: {reason}</source>
        <translation>السطر {n}: {reason}</translation>
    </message>
    <message>
        <source>Record {n}, {column}: {reason}</source>
        <translation>السجل {n}، {column}: {reason}</translation>
    </message>
    <message>
        <source>Row {n}, {column}: {reason}</source>
        <translation>السطر {n}، {column}: {reason}</translation>
    </message>
    <message>
        <source>Record {n}: {reason}</source>
        <translation>السجل {n}: {reason}</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31</source>
        <translation>القيمة «{value}» ليست تاريخاً؛ اكتبها بصيغة YYYY-MM-DD، مثل 2026-03-31</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>القيمة «{value}» ليست رقماً</translation>
    </message>
    <message>
        <source>“{value}” must be a whole number</source>
        <translation>يجب أن تكون القيمة «{value}» عدداً صحيحاً</translation>
    </message>
    <message>
        <source>“{value}” must be Yes or No</source>
        <translation>يجب أن تكون القيمة «{value}» إما Yes أو No (أو Oui/Non)</translation>
    </message>
    <message>
        <source>“{value}” must be one of: {allowed}</source>
        <translation>يجب أن تكون القيمة «{value}» إحدى القيم التالية: {allowed}</translation>
    </message>
    <message>
        <source>“{value}” is not a country; write its two-letter code, such as SN</source>
        <translation>«{value}» ليس بلداً؛ اكتب رمزه المكوّن من حرفين، مثل SN</translation>
    </message>
    <message>
        <source>This item is not an object of fields</source>
        <translation>هذا العنصر ليس كائناً يضم حقولاً</translation>
    </message>
    <message>
        <source>This record is not a missing case ({kind})</source>
        <translation>هذا السجل ليس حالة فقدان ({kind})</translation>
    </message>
    <message>
        <source>This case is deleted; it is not imported</source>
        <translation>هذه الحالة محذوفة؛ لن تُستورَد</translation>
    </message>
    <message>
        <source>{value} is already on row {row} with other values; keep one of the two</source>
        <translation>{value} موجود بالفعل في السطر {row} بقيم أخرى؛ احتفظ بأحدهما فقط</translation>
    </message>
    <message>
        <source>The column “{column}” is not in the template; it was not read</source>
        <translation>العمود «{column}» غير موجود في النموذج؛ لم تتم قراءته</translation>
    </message>
    <message>
        <source>Download the case template</source>
        <translation>تنزيل نموذج الحالات</translation>
    </message>
    <message>
        <source>missing-cases-template.xlsx</source>
        <translation>missing-cases-template.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was saved as {path}.</source>
        <translation>حُفظ النموذج باسم {path}.</translation>
    </message>
    <message>
        <source>The template could not be saved: {reason}</source>
        <translation>تعذّر حفظ النموذج: {reason}</translation>
    </message>
    <message>
        <source>Case template</source>
        <translation>نموذج الحالات</translation>
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
    <message>
        <source>Import cases…</source>
        <translation>استيراد الحالات…</translation>
    </message>
    <message>
        <source>Import cases from the spreadsheet template (.xlsx, .csv) or a JSON export</source>
        <translation>استيراد الحالات من نموذج جدول البيانات (‎.xlsx أو ‎.csv) أو من ملف JSON مُصدَّر</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>تنزيل النموذج…</translation>
    </message>
    <message>
        <source>Save the empty spreadsheet template for cases</source>
        <translation>حفظ نموذج جدول البيانات الفارغ للحالات</translation>
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
    <name>CountryChecklist</name>
    <message>
        <source>Search countries</source>
        <translation>البحث في البلدان</translation>
    </message>
    <message>
        <source>Chosen: {names}</source>
        <translation>البلدان المختارة: {names}</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>لم يُختر أي بلد</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to search</source>
        <translation>اكتب للبحث</translation>
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
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
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
        <source>Save the changes to this record?</source>
        <translation>حفظ التغييرات على هذا السجل؟</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>التصدير إلى Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Counting the records…</source>
        <translation>جارٍ عدّ السجلات…</translation>
    </message>
    <message>
        <source>Leave out personal fields</source>
        <translation>استبعاد الحقول الشخصية</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>تضمين البيانات الشخصية</translation>
    </message>
    <message>
        <source>Names, dates of birth, descriptions and contacts stay out of the file</source>
        <translation>لا تُدرَج في الملف الأسماء وتواريخ الميلاد والأوصاف ووسائل الاتصال</translation>
    </message>
    <message>
        <source>The file will hold the names, descriptions and family contacts of missing people, unencrypted. Share it only as the families&apos; consent allows, keep it on an encrypted disk and delete it when it is no longer needed.</source>
        <translation>سيحتوي الملف، دون تشفير، على أسماء الأشخاص المفقودين وأوصافهم ووسائل الاتصال بعائلاتهم. لا تشاركه إلا في حدود ما تسمح به موافقة العائلات، واحفظه على قرص مشفّر، واحذفه عندما لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n case(s) the list shows (its search and filters).</source>
        <translation>
            <numerusform>تصدير الحالات التي تعرضها القائمة (بحسب البحث وعوامل التصفية): لا توجد أي حالة.</numerusform>
            <numerusform>تصدير الحالة الواحدة التي تعرضها القائمة (بحسب البحث وعوامل التصفية).</numerusform>
            <numerusform>تصدير الحالتين اللتين تعرضهما القائمة (بحسب البحث وعوامل التصفية).</numerusform>
            <numerusform>تصدير %n حالات تعرضها القائمة (بحسب البحث وعوامل التصفية).</numerusform>
            <numerusform>تصدير %n حالة تعرضها القائمة (بحسب البحث وعوامل التصفية).</numerusform>
            <numerusform>تصدير %n حالة تعرضها القائمة (بحسب البحث وعوامل التصفية).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n case(s).</source>
        <translation>
            <numerusform>تصدير جميع الحالات (لا توجد أي حالة).</numerusform>
            <numerusform>تصدير الحالة الوحيدة.</numerusform>
            <numerusform>تصدير الحالتين كلتيهما.</numerusform>
            <numerusform>تصدير جميع الحالات (%n).</numerusform>
            <numerusform>تصدير جميع الحالات (%n).</numerusform>
            <numerusform>تصدير جميع الحالات (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n incident(s) the list shows (its search and filters).</source>
        <translation>
            <numerusform>تصدير الحوادث التي تعرضها القائمة (بحسب البحث وعوامل التصفية): لا يوجد أي حادث.</numerusform>
            <numerusform>تصدير الحادث الواحد الذي تعرضه القائمة (بحسب البحث وعوامل التصفية).</numerusform>
            <numerusform>تصدير الحادثين اللذين تعرضهما القائمة (بحسب البحث وعوامل التصفية).</numerusform>
            <numerusform>تصدير %n حوادث تعرضها القائمة (بحسب البحث وعوامل التصفية).</numerusform>
            <numerusform>تصدير %n حادثاً تعرضها القائمة (بحسب البحث وعوامل التصفية).</numerusform>
            <numerusform>تصدير %n حادث تعرضها القائمة (بحسب البحث وعوامل التصفية).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n incident(s).</source>
        <translation>
            <numerusform>تصدير جميع الحوادث (لا يوجد أي حادث).</numerusform>
            <numerusform>تصدير الحادث الوحيد.</numerusform>
            <numerusform>تصدير الحادثين كليهما.</numerusform>
            <numerusform>تصدير جميع الحوادث (%n).</numerusform>
            <numerusform>تصدير جميع الحوادث (%n).</numerusform>
            <numerusform>تصدير جميع الحوادث (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export all %n country report(s).</source>
        <translation>
            <numerusform>تصدير جميع التقارير القُطرية (لا يوجد أي تقرير).</numerusform>
            <numerusform>تصدير التقرير القُطري الوحيد.</numerusform>
            <numerusform>تصدير التقريرين القُطريين كليهما.</numerusform>
            <numerusform>تصدير جميع التقارير القُطرية (%n).</numerusform>
            <numerusform>تصدير جميع التقارير القُطرية (%n).</numerusform>
            <numerusform>تصدير جميع التقارير القُطرية (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>لا يوجد ما يمكن تصديره.</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>جارٍ كتابة {path}…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>لم يُصدَّر أي سجل إلى {path}.</numerusform>
            <numerusform>تم تصدير سجل واحد إلى {path}.</numerusform>
            <numerusform>تم تصدير سجلين إلى {path}.</numerusform>
            <numerusform>تم تصدير %n سجلات إلى {path}.</numerusform>
            <numerusform>تم تصدير %n سجلاً إلى {path}.</numerusform>
            <numerusform>تم تصدير %n سجل إلى {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file contains personal data.</source>
        <translation>يحتوي الملف على بيانات شخصية.</translation>
    </message>
    <message>
        <source>Personal fields were left out.</source>
        <translation>استُبعدت الحقول الشخصية.</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>المجلد {path} غير موجود</translation>
    </message>
    <message>
        <source>The file was not written: {reason}. Choose another folder or name.</source>
        <translation>لم تتم كتابة الملف: {reason}. اختر مجلداً آخر أو اسماً آخر.</translation>
    </message>
</context>
<context>
    <name>FieldTitles</name>
    <message>
        <source>Record type</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
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
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
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
        <source>Last contact</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>Date of last contact</source>
        <translation>تاريخ آخر اتصال</translation>
    </message>
    <message>
        <source>Precision of the date</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <source>Place of last contact</source>
        <translation>مكان آخر اتصال</translation>
    </message>
    <message>
        <source>Country of last contact</source>
        <translation>بلد آخر اتصال</translation>
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
        <source>Enquirer</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <source>Enquirer&apos;s name</source>
        <translation>اسم مقدّم الطلب</translation>
    </message>
    <message>
        <source>Relationship to the missing person</source>
        <translation>صلة القرابة بالشخص المفقود</translation>
    </message>
    <message>
        <source>Enquirer&apos;s contact</source>
        <translation>وسيلة الاتصال بمقدّم الطلب</translation>
    </message>
    <message>
        <source>Enquirer&apos;s language</source>
        <translation>لغة مقدّم الطلب</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Consent to share data</source>
        <translation>الموافقة على مشاركة البيانات</translation>
    </message>
    <message>
        <source>Consent to refer to Red Cross Restoring Family Links</source>
        <translation>الموافقة على الإحالة إلى خدمة إعادة الروابط العائلية التابعة للصليب الأحمر</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>مرجعهم</translation>
    </message>
    <message>
        <source>Linked incident</source>
        <translation>الحادث المرتبط</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>مُشارَكة مع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
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
        <source>Incident date</source>
        <translation>تاريخ الحادث</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>دقة التاريخ</translation>
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
        <source>Location</source>
        <translation>الموقع</translation>
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
        <source>Number of survivors</source>
        <translation>عدد الناجين</translation>
    </message>
    <message>
        <source>Number of females</source>
        <translation>عدد الإناث</translation>
    </message>
    <message>
        <source>Number of males</source>
        <translation>عدد الذكور</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>عدد الأطفال</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>سبب الوفاة</translation>
    </message>
    <message>
        <source>Cause of death (reported)</source>
        <translation>سبب الوفاة (كما أُبلغ عنه)</translation>
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
        <source>Information source</source>
        <translation>مصدر المعلومات</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Source quality</source>
        <translation>جودة المصدر</translation>
    </message>
    <message>
        <source>UNSD geographical grouping</source>
        <translation>التجميع الجغرافي لشعبة الإحصاءات بالأمم المتحدة</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالة التقرير</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>المبادرات</translation>
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
        <source>Implementers</source>
        <translation>الجهات المنفِّذة</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation>مصادر التمويل</translation>
    </message>
    <message>
        <source>Budget (EUR)</source>
        <translation>الميزانية (يورو)</translation>
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
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>تاريخ الكتابة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>تاريخ الإرسال</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Reports of every partner country, by campaign. Double-click a submitted report to accept it or return it.</source>
        <translation>تقارير كل بلد شريك حسب الحملة. انقر نقراً مزدوجاً على تقرير مُرسَل لقبوله أو إعادته.</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>البحث عن بلد</translation>
    </message>
    <message>
        <source>Show only the countries with a report in this state</source>
        <translation>إظهار البلدان التي لديها تقرير في هذه الحالة فقط</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export every country report to an Excel workbook</source>
        <translation>تصدير كل التقارير القُطرية إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Reports by country and campaign</source>
        <translation>التقارير حسب البلد والحملة</translation>
    </message>
    <message>
        <source>{shown} of {total} countries shown</source>
        <translation>البلدان المعروضة: {shown} من أصل {total}</translation>
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
        <source>Date known to</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <source>With only the month or the year known, the date is the 1st of that month or 1 January</source>
        <translation>إذا لم يُعرف إلا الشهر أو السنة، يكون التاريخ اليوم الأول من ذلك الشهر أو الأول من يناير</translation>
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
        <source>Cause of death as reported</source>
        <translation>سبب الوفاة كما أُبلغ عنه</translation>
    </message>
    <message>
        <source>As the source wrote it, e.g. IOM&apos;s records before 2022</source>
        <translation>كما كتبه المصدر، مثل سجلات المنظمة الدولية للهجرة قبل عام 2022</translation>
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
    <message>
        <source>Keep the changes to this initiative?</source>
        <translation>الاحتفاظ بالتغييرات على هذه المبادرة؟</translation>
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
        <source>Rejected:</source>
        <translation>المرفوضة:</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>الأسطر المرفوضة</translation>
    </message>
    <message>
        <source>Kept with a warning:</source>
        <translation>المقبولة مع تحذير:</translation>
    </message>
    <message>
        <source>Rows kept with a warning</source>
        <translation>الأسطر المقبولة مع تحذير</translation>
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
        <source>Warnings: {n}</source>
        <translation>التحذيرات: {n}</translation>
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
        <source>Record {n} ({web_id}): {reason}</source>
        <translation>السجل {n} ({web_id}): {reason}</translation>
    </message>
    <message>
        <source>Record {n}: {reason}</source>
        <translation>السجل {n}: {reason}</translation>
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
        <source>Sending changes…</source>
        <translation>جارٍ إرسال التغييرات…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>جارٍ تلقي التغييرات…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
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
        <source>Drowning</source>
        <translation>الغرق</translation>
    </message>
    <message>
        <source>Harsh environmental conditions / lack of adequate shelter, food, water</source>
        <translation>ظروف بيئية قاسية / نقص المأوى والغذاء والماء الملائم</translation>
    </message>
    <message>
        <source>Vehicle accident / death linked to hazardous transport</source>
        <translation>حادث مركبة / وفاة مرتبطة بوسيلة نقل خطرة</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>العنف</translation>
    </message>
    <message>
        <source>Sickness / lack of access to adequate healthcare</source>
        <translation>المرض / عدم الحصول على رعاية صحية ملائمة</translation>
    </message>
    <message>
        <source>Accidental death</source>
        <translation>وفاة عرضية</translation>
    </message>
    <message>
        <source>Mixed or unknown</source>
        <translation>أسباب متعددة أو غير معروفة</translation>
    </message>
    <message>
        <source>Central Mediterranean</source>
        <translation>البحر الأبيض المتوسط الأوسط</translation>
    </message>
    <message>
        <source>Western Mediterranean</source>
        <translation>البحر الأبيض المتوسط الغربي</translation>
    </message>
    <message>
        <source>Eastern Mediterranean</source>
        <translation>البحر الأبيض المتوسط الشرقي</translation>
    </message>
    <message>
        <source>Western Africa / Atlantic route to the Canary Islands</source>
        <translation>غرب أفريقيا / الطريق الأطلسي إلى جزر الكناري</translation>
    </message>
    <message>
        <source>Sahara Desert crossing</source>
        <translation>عبور الصحراء الكبرى</translation>
    </message>
    <message>
        <source>Eastern Route to/from EHOA</source>
        <translation>الطريق الشرقي من/إلى منطقة EHOA</translation>
    </message>
    <message>
        <source>Southern Route to/from EHOA</source>
        <translation>الطريق الجنوبي من/إلى منطقة EHOA</translation>
    </message>
    <message>
        <source>Northern Route to/from EHOA</source>
        <translation>الطريق الشمالي من/إلى منطقة EHOA</translation>
    </message>
    <message>
        <source>Mainland Europe to the UK</source>
        <translation>من أوروبا القارية إلى المملكة المتحدة</translation>
    </message>
    <message>
        <source>Western Balkans</source>
        <translation>غرب البلقان</translation>
    </message>
    <message>
        <source>Türkiye-Europe land route</source>
        <translation>الطريق البري بين تركيا وأوروبا</translation>
    </message>
    <message>
        <source>Iran to Türkiye</source>
        <translation>من إيران إلى تركيا</translation>
    </message>
    <message>
        <source>Afghanistan to Iran</source>
        <translation>من أفغانستان إلى إيران</translation>
    </message>
    <message>
        <source>Sea crossings to Mayotte</source>
        <translation>العبور البحري إلى مايوت</translation>
    </message>
    <message>
        <source>Bay of Bengal/Andaman Sea</source>
        <translation>خليج البنغال/بحر أندامان</translation>
    </message>
    <message>
        <source>Naf River crossing</source>
        <translation>عبور نهر ناف</translation>
    </message>
    <message>
        <source>US-Mexico border crossing</source>
        <translation>عبور الحدود بين الولايات المتحدة والمكسيك</translation>
    </message>
    <message>
        <source>Darien</source>
        <translation>دارين</translation>
    </message>
    <message>
        <source>Caribbean to Central America</source>
        <translation>من منطقة البحر الكاريبي إلى أمريكا الوسطى</translation>
    </message>
    <message>
        <source>Haiti to Dominican Republic</source>
        <translation>من هايتي إلى الجمهورية الدومينيكية</translation>
    </message>
    <message>
        <source>Mediterranean</source>
        <translation>البحر الأبيض المتوسط</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>شمال أفريقيا</translation>
    </message>
    <message>
        <source>Western Africa</source>
        <translation>غرب أفريقيا</translation>
    </message>
    <message>
        <source>Eastern Africa</source>
        <translation>شرق أفريقيا</translation>
    </message>
    <message>
        <source>Middle Africa</source>
        <translation>وسط أفريقيا</translation>
    </message>
    <message>
        <source>Southern Africa</source>
        <translation>الجنوب الأفريقي</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>غرب آسيا</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>جنوب آسيا</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>جنوب شرق آسيا</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>شرق آسيا</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>آسيا الوسطى</translation>
    </message>
    <message>
        <source>Central America</source>
        <translation>أمريكا الوسطى</translation>
    </message>
    <message>
        <source>Caribbean</source>
        <translation>منطقة البحر الكاريبي</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>أمريكا الجنوبية</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>أمريكا الشمالية</translation>
    </message>
</context>
<context>
    <name>ListTexts</name>
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
    <name>Messages</name>
    <message>
        <source>{field}: required</source>
        <translation>{field}: مطلوب</translation>
    </message>
    <message>
        <source>{field} is not a field of this record; remove it</source>
        <translation>«{field}» ليس حقلاً في هذا السجل؛ أزِله</translation>
    </message>
    <message>
        <source>{field} must be a whole number, 0 or more</source>
        <translation>{field}: أدخل عدداً صحيحاً (0 أو أكثر)</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high}</source>
        <translation>{field}: يجب أن تكون القيمة بين {low} و{high}</translation>
    </message>
    <message>
        <source>{field} must be at least {low}</source>
        <translation>{field}: يجب ألا تقل القيمة عن {low}</translation>
    </message>
    <message>
        <source>{field} must be at most {high}</source>
        <translation>{field}: يجب ألا تزيد القيمة على {high}</translation>
    </message>
    <message>
        <source>{field} must be a number</source>
        <translation>{field}: يجب أن تكون القيمة رقماً</translation>
    </message>
    <message>
        <source>{field}: too many digits</source>
        <translation>{field}: عدد الأرقام كبير جداً</translation>
    </message>
    <message>
        <source>{field} must be a date written as YYYY-MM-DD, for example 2026-03-31</source>
        <translation>{field}: يجب كتابة التاريخ بصيغة YYYY-MM-DD، مثل 2026-03-31</translation>
    </message>
    <message>
        <source>{field} must be one of: {expected}</source>
        <translation>{field}: يجب أن تكون القيمة إحدى القيم التالية: {expected}</translation>
    </message>
    <message>
        <source>{field} must be at most {max} characters</source>
        <translation>{field}: يجب ألا يتجاوز عدد الأحرف {max}</translation>
    </message>
    <message>
        <source>{field} cannot be empty</source>
        <translation>{field}: لا يمكن ترك هذا الحقل فارغاً</translation>
    </message>
    <message>
        <source>{field}: give at least {min}</source>
        <translation>{field}: أدخل {min} على الأقل</translation>
    </message>
    <message>
        <source>{field}: give at most {max}</source>
        <translation>{field}: أدخل {max} على الأكثر</translation>
    </message>
    <message>
        <source>{field} is not written as expected</source>
        <translation>{field}: القيمة غير مكتوبة بالصيغة المتوقعة</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>{field}: يجب أن تكون القيمة نصاً</translation>
    </message>
    <message>
        <source>{field} must be a list</source>
        <translation>{field}: يجب أن تكون القيمة قائمة</translation>
    </message>
    <message>
        <source>{field} must be yes or no</source>
        <translation>{field}: يجب أن تكون القيمة نعم أو لا</translation>
    </message>
    <message>
        <source>{field} must be a group of fields</source>
        <translation>{field}: يجب أن تكون القيمة مجموعة من الحقول</translation>
    </message>
    <message>
        <source>{field} must be a record identifier</source>
        <translation>{field}: يجب أن تكون القيمة معرّف سجل</translation>
    </message>
    <message>
        <source>“{value}” is not a country code; use two letters such as SN</source>
        <translation>«{value}» ليس رمز بلد؛ استخدم حرفين مثل SN</translation>
    </message>
    <message>
        <source>{field} cannot be before {min}</source>
        <translation>{field}: لا يمكن أن يكون قبل {min}</translation>
    </message>
    <message>
        <source>{field} cannot be after {max}</source>
        <translation>{field}: لا يمكن أن يكون بعد {max}</translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation>{field}: لا يمكن أن يكون في المستقبل</translation>
    </message>
    <message>
        <source>{field}: web addresses must start with http:// or https://</source>
        <translation>{field}: يجب أن تبدأ عناوين الويب بـ http:// أو https://</translation>
    </message>
    <message>
        <source>“{value}” is not one of the programme&apos;s partners</source>
        <translation>«{value}» ليس من شركاء البرنامج</translation>
    </message>
    <message>
        <source>Reference “{value}” must look like SN-2026-0042: country code, year, number</source>
        <translation>يجب أن يكون المرجع «{value}» بصيغة SN-2026-0042: رمز البلد، السنة، الرقم</translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future</source>
        <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل</translation>
    </message>
    <message>
        <source>Give the missing person&apos;s given names or family name</source>
        <translation>أدخل الأسماء الشخصية للشخص المفقود أو اسم عائلته</translation>
    </message>
    <message>
        <source>Date of last contact cannot be in the future</source>
        <translation>لا يمكن أن يكون تاريخ آخر اتصال في المستقبل</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither</source>
        <translation>أدخل خط العرض وخط الطول معاً، أو لا تدخل أياً منهما</translation>
    </message>
    <message>
        <source>A case can be shared with another country only with consent</source>
        <translation>لا يمكن مشاركة حالة مع بلد آخر إلا بموافقة العائلة</translation>
    </message>
    <message>
        <source>Record the family&apos;s consent before referring to the Red Cross</source>
        <translation>سجّل موافقة العائلة قبل الإحالة إلى الصليب الأحمر</translation>
    </message>
    <message>
        <source>“{area}” is not a JVAP priority area</source>
        <translation>«{area}» ليس من المجالات ذات الأولوية في خطة عمل فاليتا</translation>
    </message>
    <message>
        <source>Priority area {area} belongs to a domain not ticked</source>
        <translation>ينتمي المجال ذو الأولوية {area} إلى مجال غير محدَّد</translation>
    </message>
    <message>
        <source>End date must be on or after the start date</source>
        <translation>يجب أن يكون تاريخ الانتهاء مماثلاً لتاريخ البدء أو لاحقاً له</translation>
    </message>
    <message>
        <source>A project needs a budget in EUR (0 if none)</source>
        <translation>يحتاج المشروع إلى ميزانية باليورو (0 إن لم توجد)</translation>
    </message>
    <message>
        <source>An answer is required to submit</source>
        <translation>الإجابة مطلوبة للإرسال</translation>
    </message>
    <message>
        <source>This question is not in the form</source>
        <translation>هذا السؤال غير موجود في الاستمارة</translation>
    </message>
    <message>
        <source>Answer with text</source>
        <translation>أجب بنص</translation>
    </message>
    <message>
        <source>Keep the answer under {max} characters</source>
        <translation>يجب أن يقل عدد أحرف الإجابة عن {max}</translation>
    </message>
    <message>
        <source>Give at most {max} answers in the list</source>
        <translation>أدخل {max} إجابة على الأكثر في القائمة</translation>
    </message>
    <message>
        <source>Answer with text, a number, a date or a list of choices</source>
        <translation>أجب بنص أو رقم أو تاريخ أو قائمة اختيارات</translation>
    </message>
    <message>
        <source>Answer with a number</source>
        <translation>أجب برقم</translation>
    </message>
    <message>
        <source>Answer with a number in EUR</source>
        <translation>أجب بمبلغ باليورو</translation>
    </message>
    <message>
        <source>An amount cannot be negative</source>
        <translation>لا يمكن أن يكون المبلغ سالباً</translation>
    </message>
    <message>
        <source>The answer must be at least {low}</source>
        <translation>يجب ألا تقل الإجابة عن {low}</translation>
    </message>
    <message>
        <source>The answer must be at most {high}</source>
        <translation>يجب ألا تزيد الإجابة على {high}</translation>
    </message>
    <message>
        <source>Answer with a date written as YYYY-MM-DD</source>
        <translation>أجب بتاريخ بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick one of the offered answers</source>
        <translation>اختر إحدى الإجابات المقترحة</translation>
    </message>
    <message>
        <source>Pick answers from the offered list</source>
        <translation>اختر إجابات من القائمة المقترحة</translation>
    </message>
    <message>
        <source>List countries by their two-letter codes</source>
        <translation>اذكر البلدان برموزها المكوّنة من حرفين</translation>
    </message>
    <message>
        <source>This report is {state} and cannot be changed until the secretariat returns it</source>
        <translation>هذا التقرير في حالة «{state}» ولا يمكن تعديله إلى أن تعيده الأمانة</translation>
    </message>
    <message>
        <source>Only the focal point can submit a report</source>
        <translation>لا يحق إرسال التقرير إلا لجهة الاتصال</translation>
    </message>
    <message>
        <source>A report cannot go from “{old}” to “{new}”</source>
        <translation>لا يمكن أن ينتقل التقرير من «{old}» إلى «{new}»</translation>
    </message>
    <message>
        <source>Earlier comments cannot be changed or removed</source>
        <translation>لا يمكن تعديل التعليقات السابقة أو حذفها</translation>
    </message>
    <message>
        <source>New comments must be written as {role}</source>
        <translation>يجب كتابة التعليقات الجديدة بصفة {role}</translation>
    </message>
    <message>
        <source>This report can only be for {country}</source>
        <translation>لا يمكن أن يخص هذا التقرير إلا {country}</translation>
    </message>
    <message>
        <source>A report cannot move to another campaign</source>
        <translation>لا يمكن نقل التقرير إلى حملة أخرى</translation>
    </message>
    <message>
        <source>There is no such campaign on the server</source>
        <translation>هذه الحملة غير موجودة على الخادم</translation>
    </message>
    <message>
        <source>{country} is not part of the {dialogue}</source>
        <translation>لا ينتمي {country} إلى {dialogue}</translation>
    </message>
    <message>
        <source>{country} already has a report for this campaign; sync to get it and edit that one</source>
        <translation>لدى {country} تقرير لهذه الحملة بالفعل؛ قم بالمزامنة للحصول عليه ثم عدّله</translation>
    </message>
    <message>
        <source>This record is of another kind on the server</source>
        <translation>هذا السجل من نوع آخر على الخادم</translation>
    </message>
    <message>
        <source>Your account has no country, so it cannot write records</source>
        <translation>حسابك غير مرتبط بأي بلد، لذا لا يمكنه كتابة السجلات</translation>
    </message>
    <message>
        <source>This record belongs to another country; you cannot change it</source>
        <translation>هذا السجل تابع لبلد آخر؛ لا يمكنك تعديله</translation>
    </message>
    <message>
        <source>There is no such record on the server to delete</source>
        <translation>السجل المراد حذفه غير موجود على الخادم</translation>
    </message>
    <message>
        <source>The server has no record with this id</source>
        <translation>لا يوجد على الخادم أي سجل بهذا المعرّف</translation>
    </message>
    <message>
        <source>A report that is {state} cannot be deleted</source>
        <translation>لا يمكن حذف تقرير في حالة «{state}»</translation>
    </message>
    <message>
        <source>This record was deleted on the server, so it cannot be saved there again; save it as a new record</source>
        <translation>حُذف هذا السجل على الخادم، فلا يمكن حفظه هناك مرة أخرى؛ احفظه كسجل جديد</translation>
    </message>
    <message>
        <source>The server cannot take a new record under this id; save it as a new record</source>
        <translation>لا يمكن للخادم قبول سجل جديد بهذا المعرّف؛ احفظه كسجل جديد</translation>
    </message>
    <message>
        <source>The data holds a value that cannot be stored</source>
        <translation>تحتوي البيانات على قيمة لا يمكن تخزينها</translation>
    </message>
    <message>
        <source>This change was sent before with other content</source>
        <translation>سبق إرسال هذا التغيير بمحتوى مختلف</translation>
    </message>
    <message>
        <source>The server could not store this record</source>
        <translation>تعذّر على الخادم تخزين هذا السجل</translation>
    </message>
    <message>
        <source>A comment is required to return a report</source>
        <translation>التعليق مطلوب لإعادة التقرير</translation>
    </message>
    <message>
        <source>“{reference}” must start with {prefix}, the country of the case.</source>
        <translation>يجب أن يبدأ المرجع «{reference}» بـ{prefix}، وهو رمز بلد الحالة.</translation>
    </message>
    <message>
        <source>“{reference}” is already used by another case; choose another.</source>
        <translation>المرجع «{reference}» مستخدم بالفعل لحالة أخرى؛ اختر مرجعاً آخر.</translation>
    </message>
    <message>
        <source>“{reference}” is already used by another case ({name}); choose another.</source>
        <translation>المرجع «{reference}» مستخدم بالفعل لحالة أخرى ({name})؛ اختر مرجعاً آخر.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>You are not signed in: sign in again.</source>
        <translation>لم تسجّل الدخول: سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your session has expired or was revoked: sign in again.</source>
        <translation>انتهت صلاحية جلستك أو أُلغيت: سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>This sign-in is not valid: sign in again.</source>
        <translation>تسجيل الدخول هذا غير صالح: سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>This sign-in has expired: sign in again.</source>
        <translation>انتهت صلاحية تسجيل الدخول هذا: سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>This computer has been signed out: sign in again.</source>
        <translation>تم تسجيل خروج هذا الحاسوب: سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>This computer has been signed out for safety (a sign-in was used twice): sign in again.</source>
        <translation>تم تسجيل خروج هذا الحاسوب حفاظاً على الأمان (استُخدم تسجيل الدخول نفسه مرتين): سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment and try again.</source>
        <translation>محاولات كثيرة جداً؛ انتظر قليلاً ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Only the secretariat can do this.</source>
        <translation>هذا الإجراء متاح للأمانة فقط.</translation>
    </message>
    <message>
        <source>The server does not have this (any more).</source>
        <translation>هذا العنصر غير موجود على الخادم (أو لم يعد موجوداً).</translation>
    </message>
    <message>
        <source>The report changed on the server since you opened it; look at it again before deciding.</source>
        <translation>تغيّر التقرير على الخادم منذ أن فتحته؛ اطّلع عليه مجدداً قبل اتخاذ القرار.</translation>
    </message>
    <message>
        <source>Only submitted reports can be accepted or returned.</source>
        <translation>لا يمكن قبول التقارير أو إعادتها إلا إذا كانت مُرسَلة.</translation>
    </message>
    <message>
        <source>The server refused the request: something in it is not valid.</source>
        <translation>رفض الخادم الطلب: فيه عنصر غير صالح.</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>تعذّر على الخادم قراءة الطلب.</translation>
    </message>
    <message>
        <source>The server could not read the request: it is nested too deeply.</source>
        <translation>تعذّر على الخادم قراءة الطلب: فهو متداخل بعمق كبير.</translation>
    </message>
    <message>
        <source>A value cannot be stored by the server.</source>
        <translation>لا يمكن للخادم تخزين إحدى القيم.</translation>
    </message>
    <message>
        <source>The request was too large for the server; try again.</source>
        <translation>كان الطلب أكبر مما يقبله الخادم؛ أعد المحاولة.</translation>
    </message>
    <message>
        <source>The server does not offer this; check its address.</source>
        <translation>لا يوفّر الخادم هذه الخدمة؛ تحقّق من عنوانه.</translation>
    </message>
    <message>
        <source>The server cannot reach its database; try again shortly.</source>
        <translation>يتعذّر على الخادم الوصول إلى قاعدة بياناته؛ أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>واجه الخادم مشكلة؛ أعد المحاولة لاحقاً.</translation>
    </message>
    <message>
        <source>Cannot reach the server: you seem to be offline.</source>
        <translation>يتعذّر الوصول إلى الخادم: يبدو أنك غير متصل.</translation>
    </message>
    <message>
        <source>Cannot reach {server}: you seem to be offline.</source>
        <translation>يتعذّر الوصول إلى {server}: يبدو أنك غير متصل.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If your ministry uses a TLS proxy, set its CA bundle in Settings.</source>
        <translation>شهادة الخادم غير موثوقة. إذا كانت وزارتك تستخدم وكيل TLS، فحدّد حزمة شهادات جهة التصديق الخاصة به في الإعدادات.</translation>
    </message>
    <message>
        <source>You are not signed in: sign in first.</source>
        <translation>لم تسجّل الدخول: سجّل الدخول أولاً.</translation>
    </message>
    <message>
        <source>The server is busy; try again in a moment.</source>
        <translation>الخادم مشغول؛ أعد المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <source>Restore the profile folder {folder} from a backup, or move that folder away, start again and sign in: what was synced comes back from the server; changes made here since the last sync would be lost.</source>
        <translation>استعد مجلد الملف الشخصي {folder} من نسخة احتياطية، أو انقل هذا المجلد إلى مكان آخر وأعد التشغيل وسجّل الدخول: ما تمت مزامنته يعود من الخادم؛ أما التغييرات التي أُجريت هنا منذ آخر مزامنة فستضيع.</translation>
    </message>
    <message>
        <source>The disk that holds the profile folder {folder} is full. Free space on it and try again; nothing you typed is lost.</source>
        <translation>القرص الذي يحوي مجلد الملف الشخصي {folder} ممتلئ. أفرغ مساحة عليه وحاول مرة أخرى؛ لم يضع شيء مما كتبته.</translation>
    </message>
    <message>
        <source>The disk that holds the profile folder {folder} refused a write (it is full, or failing). Free space on it and try again; nothing you typed is lost.</source>
        <translation>رفض القرص الذي يحوي مجلد الملف الشخصي {folder} الكتابة (فهو ممتلئ أو معطوب). أفرغ مساحة عليه وحاول مرة أخرى؛ لم يضع شيء مما كتبته.</translation>
    </message>
    <message>
        <source>This profile&apos;s database is damaged ({path}).</source>
        <translation>قاعدة بيانات هذا الملف الشخصي تالفة ({path}).</translation>
    </message>
    <message>
        <source>This profile&apos;s database {path} is missing or empty, although the profile had one.</source>
        <translation>قاعدة بيانات هذا الملف الشخصي {path} مفقودة أو فارغة، مع أن الملف الشخصي كانت له قاعدة بيانات.</translation>
    </message>
    <message>
        <source>{path} is damaged, so this profile cannot be opened. Restore that file (or the whole profile folder {folder}) from a backup, or move the folder away, start again and sign in: what was synced comes back from the server; changes made here since the last sync would be lost.</source>
        <translation>الملف {path} تالف، لذا لا يمكن فتح هذا الملف الشخصي. استعد هذا الملف (أو مجلد الملف الشخصي {folder} كله) من نسخة احتياطية، أو انقل المجلد إلى مكان آخر وأعد التشغيل وسجّل الدخول: ما تمت مزامنته يعود من الخادم؛ أما التغييرات التي أُجريت هنا منذ آخر مزامنة فستضيع.</translation>
    </message>
    <message numerus="yes">
        <source>List at least %n initiative(s) to submit</source>
        <translation>
            <numerusform>لا يلزم إدراج أي مبادرة للإرسال</numerusform>
            <numerusform>أدرج مبادرة واحدة على الأقل للإرسال</numerusform>
            <numerusform>أدرج مبادرتين على الأقل للإرسال</numerusform>
            <numerusform>أدرج %n مبادرات على الأقل للإرسال</numerusform>
            <numerusform>أدرج %n مبادرة على الأقل للإرسال</numerusform>
            <numerusform>أدرج %n مبادرة على الأقل للإرسال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>An amount in EUR from {low} to {high}</source>
        <translation>مبلغ باليورو من {low} إلى {high}</translation>
    </message>
    <message>
        <source>An amount in EUR, {low} or more</source>
        <translation>مبلغ باليورو، {low} أو أكثر</translation>
    </message>
    <message>
        <source>An amount in EUR</source>
        <translation>مبلغ باليورو</translation>
    </message>
    <message>
        <source>A number from {low} to {high}</source>
        <translation>رقم من {low} إلى {high}</translation>
    </message>
    <message>
        <source>A number, {low} or more</source>
        <translation>رقم، {low} أو أكثر</translation>
    </message>
    <message>
        <source>A number, {high} or less</source>
        <translation>رقم، {high} أو أقل</translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation>أدخل رقماً</translation>
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
        <source>At least {n} characters. Type it twice; it cannot be recovered if lost.</source>
        <translation>لا يقل عدد أحرفها عن {n}. اكتبها مرتين؛ لا يمكن استعادتها إذا فُقدت.</translation>
    </message>
    <message>
        <source>Type the passphrase chosen when this profile was created.</source>
        <translation>اكتب عبارة المرور التي اختيرت عند إنشاء هذا الملف الشخصي.</translation>
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
        <source>Type the passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <source>This passphrase has {count} characters; choose one of at least {n}.</source>
        <translation>عدد أحرف عبارة المرور هذه {count}؛ اختر عبارة لا يقل عدد أحرفها عن {n}.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>No passphrase was given; the profile stays locked.</source>
        <translation>لم تُدخَل عبارة مرور؛ يبقى الملف الشخصي مقفلاً.</translation>
    </message>
    <message>
        <source>That passphrase does not open this profile. Check it (capitals, keyboard layout) and try again.</source>
        <translation>عبارة المرور هذه لا تفتح هذا الملف الشخصي. تحقّق منها (الأحرف الكبيرة، تخطيط لوحة المفاتيح) وأعد المحاولة.</translation>
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
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export the list to an Excel workbook</source>
        <translation>تصدير القائمة إلى مصنف Excel</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>استئناف…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
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
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export the country reports to an Excel workbook</source>
        <translation>تصدير التقارير القُطرية إلى مصنف Excel</translation>
    </message>
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
    <name>ReviewChanges</name>
    <message>
        <source>What changed since the report was returned</source>
        <translation>ما الذي تغيّر منذ إعادة التقرير</translation>
    </message>
    <message>
        <source>Changes since the return</source>
        <translation>التغييرات منذ الإعادة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>When returned</source>
        <translation>عند الإعادة</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Neither the server nor this computer holds the version that was returned, so this review cannot show what changed; compare it with the comments below.</source>
        <translation>لا يحتفظ الخادم ولا هذا الحاسوب بالنسخة التي أُعيدت، لذا لا يمكن لهذه المراجعة أن تبيّن ما تغيّر؛ قارن مع التعليقات أدناه.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the return.</source>
        <translation>
            <numerusform>لا تغييرات منذ الإعادة.</numerusform>
            <numerusform>تغيير واحد منذ الإعادة.</numerusform>
            <numerusform>تغييران منذ الإعادة.</numerusform>
            <numerusform>%n تغييرات منذ الإعادة.</numerusform>
            <numerusform>%n تغييراً منذ الإعادة.</numerusform>
            <numerusform>%n تغيير منذ الإعادة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since the report was returned.</source>
        <translation>لم يتغيّر شيء منذ إعادة التقرير.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(دون عنوان)</translation>
    </message>
    <message>
        <source>Initiative added: {title}</source>
        <translation>مبادرة مُضافة: {title}</translation>
    </message>
    <message>
        <source>Initiative removed: {title}</source>
        <translation>مبادرة مُزالة: {title}</translation>
    </message>
    <message>
        <source>Initiative “{title}”: {field}</source>
        <translation>المبادرة «{title}»: {field}</translation>
    </message>
    <message>
        <source>present</source>
        <translation>موجودة</translation>
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
        <source>Budget (EUR)</source>
        <translation>الميزانية (يورو)</translation>
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
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
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
        <source>This report is {state}: there is nothing to decide.</source>
        <translation>هذا التقرير في حالة «{state}»: لا يوجد ما يستدعي قراراً.</translation>
    </message>
    <message>
        <source>Say what to fix: a returned report needs a comment.</source>
        <translation>حدّد ما يجب تصحيحه: يحتاج التقرير المُعاد إلى تعليق.</translation>
    </message>
    <message>
        <source>Sending your decision…</source>
        <translation>جارٍ إرسال قرارك…</translation>
    </message>
    <message>
        <source>Close this review and open the report again.</source>
        <translation>أغلق هذه المراجعة وافتح التقرير مجدداً.</translation>
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
        <source>The connection to {host} would not be encrypted: use the server&apos;s {https} address, or ask your IT department to allow unencrypted connections.</source>
        <translation>لن يكون الاتصال بـ {host} مشفّراً: استخدم عنوان الخادم الذي يبدأ بـ {https}، أو اطلب من قسم تقنية المعلومات السماح بالاتصالات غير المشفّرة.</translation>
    </message>
    <message>
        <source>Write the server&apos;s address in full, e.g. {example}</source>
        <translation>اكتب عنوان الخادم كاملاً، مثلاً {example}</translation>
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
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
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
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>حفظ التغييرات؟</translation>
    </message>
</context>
</TS>
