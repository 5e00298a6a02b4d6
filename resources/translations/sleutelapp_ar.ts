<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>These translations were made by machine and no native speaker has checked them yet: {0}. If you see a wrong or unclear word, please tell the people who gave you Sleutelapp, so the translation can be improved.</source>
        <translation>هذه الترجمات أعدّها الحاسوب، ولم يراجعها بعدُ أيّ متحدث أصلي باللغة: {0}. إذا رأيتم كلمة خاطئة أو غير واضحة، فأخبروا من أعطاكم Sleutelapp، حتى يمكن تحسين الترجمة.</translation>
    </message>
    <message>
        <source>Noto fonts: {0}</source>
        <translation>خطوط Noto: {0}</translation>
    </message>
    <message>
        <source>GNU GPL 3.0 (referred to by the LGPL 3.0)</source>
        <translation>GNU GPL 3.0 (التي تشير إليها LGPL 3.0)</translation>
    </message>
    <message>
        <source>About Sleutelapp</source>
        <translation>حول Sleutelapp</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>الإصدار {0}</translation>
    </message>
    <message>
        <source>The case notebook of a key person in civic integration. Everything stays encrypted on this computer; Sleutelapp does not use the internet.</source>
        <translation>دفتر متابعة الشخص المرجعي في الاندماج. يبقى كل شيء مشفّرًا على هذا الحاسوب؛ لا يستخدم Sleutelapp الإنترنت.</translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence ({0}).</source>
        <translation>برنامج حر بموجب رخصة الاتحاد الأوروبي العامة (European Union Public Licence) ({0}).</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>المكوّنات</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>نصوص التراخيص</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>نسخ بيانات الإصدار</translation>
    </message>
    <message>
        <source>Fonts {0}</source>
        <translation>الخطوط {0}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Sleutelapp contains these parts made by others. The full licence texts are under ‘Licence texts’.</source>
        <translation>يحتوي Sleutelapp على هذه المكوّنات التي صنعها آخرون. النصوص الكاملة للتراخيص موجودة في «نصوص التراخيص».</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>نص الترخيص</translation>
    </message>
    <message>
        <source>Choose a licence</source>
        <translation>اختيار ترخيص</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>لا شيء مخطط له</translation>
    </message>
    <message>
        <source>Enter opens the dialog that makes all due reports at once.</source>
        <translation>زر Enter يفتح النافذة التي تُعدّ كل التقارير المستحقة دفعة واحدة.</translation>
    </message>
    <message>
        <source>you go along</source>
        <translation>بمرافقتكم</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>طوال اليوم</translation>
    </message>
    <message>
        <source>Task — {0}: {1}</source>
        <translation>مهمة — {0}: {1}</translation>
    </message>
    <message>
        <source>{0} — the termijn ends today</source>
        <translation>{0} — المهلة تنتهي اليوم</translation>
    </message>
    <message>
        <source>{0} — answer from DUO to the extension request expected</source>
        <translation>{0} — رد متوقع من DUO على طلب التمديد</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Week {0}: {1} up to and including {2}</source>
        <translation>الأسبوع {0}: من {1} حتى {2}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Previous week or month (Page Up)</source>
        <translation>الأسبوع أو الشهر السابق (Page Up)</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; السابق</translation>
    </message>
    <message>
        <source>Back to this week or month (T)</source>
        <translation>العودة إلى هذا الأسبوع أو الشهر (T)</translation>
    </message>
    <message>
        <source>To t&amp;oday</source>
        <translation>إلى اليوم</translation>
    </message>
    <message>
        <source>Next week or month (Page Down)</source>
        <translation>الأسبوع أو الشهر التالي (Page Down)</translation>
    </message>
    <message>
        <source>N&amp;ext &gt;</source>
        <translation>التالي &gt;</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Agenda items by day</source>
        <translation>المواعيد حسب اليوم</translation>
    </message>
    <message>
        <source>Enter opens the newcomer. Ctrl+D: done, Ctrl+Shift+N: no-show, Ctrl+Shift+X: cancelled.</source>
        <translation>Enter يفتح ملف الوافد الجديد. Ctrl+D: تم، Ctrl+Shift+N: لم يحضر، Ctrl+Shift+X: أُلغي.</translation>
    </message>
    <message>
        <source>Week as &amp;PDF…</source>
        <translation>الأسبوع بصيغة PDF…</translation>
    </message>
    <message>
        <source>Export the agenda (.&amp;ics)…</source>
        <translation>تصدير المواعيد (.ics)…</translation>
    </message>
</context>
<context>
    <name>AgendaWeek</name>
    <message>
        <source>own agenda (paper)</source>
        <translation>المفكرة الشخصية (على الورق)</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>{what}: {name}</source>
        <translation>{what}: {name}</translation>
    </message>
    <message>
        <source> (I go along)</source>
        <translation> (بمرافقتي)</translation>
    </message>
    <message>
        <source>Cancelled: {item}</source>
        <translation>أُلغي: {item}</translation>
    </message>
    <message>
        <source>Task: {name}</source>
        <translation>مهمة: {name}</translation>
    </message>
    <message>
        <source>Term ends: {name}</source>
        <translation>تنتهي المهلة: {name}</translation>
    </message>
    <message>
        <source>DUO&apos;s answer on the extension expected: {name}</source>
        <translation>رد DUO على طلب التمديد متوقع: {name}</translation>
    </message>
    <message>
        <source>Agenda week {week}</source>
        <translation>مواعيد الأسبوع {week}</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>من {start} حتى {end}</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>لا شيء مخطط له.</translation>
    </message>
    <message>
        <source>Agenda week {week} · personal</source>
        <translation>مواعيد الأسبوع {week} · شخصي</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>المواعيد</translation>
    </message>
</context>
<context>
    <name>AgendaWeekDialog</name>
    <message>
        <source>The week of {0} up to and including {1} as a PDF to print.</source>
        <translation>الأسبوع من {0} حتى {1} بصيغة PDF للطباعة.</translation>
    </message>
    <message>
        <source>Initials (A.K.)</source>
        <translation>الأحرف الأولى (A.K.)</translation>
    </message>
    <message>
        <source>Known-as name</source>
        <translation>اسم النداء</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save the week as PDF</source>
        <translation>حفظ الأسبوع بصيغة PDF</translation>
    </message>
    <message>
        <source>Choose an existing folder for the file.</source>
        <translation>اختاروا مجلدًا موجودًا للملف.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>جارٍ إنشاء ملف PDF…</translation>
    </message>
    <message>
        <source>Week as PDF</source>
        <translation>الأسبوع بصيغة PDF</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Show the &amp;type of health appointments (GP, hospital, …)</source>
        <translation>إظهار نوع المواعيد الصحية (طبيب العائلة، المستشفى، …)</translation>
    </message>
    <message>
        <source>The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.</source>
        <translation>لا يظهر مكان الموعد الصحي إلا إذا ظهر نوعه أيضًا: فالعنوان قد يكشف نوع الرعاية.</translation>
    </message>
    <message>
        <source>Show the &amp;place of appointments</source>
        <translation>إظهار مكان المواعيد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>This paper is for yourself. Keep it with you and destroy it after the week. The Shared tab will say that these appointments were printed.</source>
        <translation>هذه الورقة لكم وحدكم. احتفظوا بها معكم وأتلفوها في آلة تمزيق الورق بعد انتهاء الأسبوع. سيظهر في تبويب «المُشارَك» أن هذه المواعيد طُبعت.</translation>
    </message>
</context>
<context>
    <name>AnonymisedSummary</name>
    <message>
        <source>Numbers count contacts, appointments, signals or hours; in brackets is the number of different newcomers the number rests on. * = not shown to protect privacy: fewer than {k} newcomers are involved, or it could otherwise be worked out from the totals. 12+ = at least 12: some of the merged overviews did not show this cell.</source>
        <translation>الأرقام تعدّ مرات التواصل أو المواعيد أو الإشارات أو الساعات؛ وبين القوسين عدد الوافدين الجدد المختلفين الذين يقوم عليهم الرقم. * = غير معروض لحماية الخصوصية: الأمر يخص أقل من {k} من الوافدين الجدد، أو يمكن حسابه من المجاميع. 12+ = 12 على الأقل: بعض الملخصات المدموجة لم تعرض هذه الخانة.</translation>
    </message>
    <message>
        <source>This overview holds no names, no numbers of people, no free text and no dates finer than the period. Only newcomers who consented to be counted in anonymised overviews are counted.</source>
        <translation>لا يحتوي هذا الملخص على أسماء ولا أرقام أشخاص ولا نص حر ولا تواريخ أدق من الفترة. لا يُحسب إلا الوافدون الجدد الذين أعطوا موافقتهم على احتسابهم في الملخصات مجهولة الهوية.</translation>
    </message>
    <message>
        <source>What does a * mean? In that place is a number we do not show. This protects the privacy of the newcomers. We only show a number when it is about at least {k} different newcomers. With fewer people, someone might guess who it is about. Sometimes we also hide a second number, because otherwise you could work out the first one from the totals.</source>
        <translation>ماذا تعني *؟ في هذا المكان رقم لا نعرضه. هكذا نحمي خصوصية الوافدين الجدد. لا نعرض رقمًا إلا إذا كان يخص {k} على الأقل من الوافدين الجدد المختلفين. إذا كان العدد أقل، فقد يخمّن أحدهم عمّن يدور الحديث. وأحيانًا نخفي رقمًا ثانيًا أيضًا، لأنه يمكن بغير ذلك حساب الرقم الأول من المجاميع.</translation>
    </message>
    <message>
        <source>Why is much hidden? When an overview is about few newcomers, most numbers rest on fewer than {k} people. We do not show those numbers. That is not a mistake. Merged with the overviews of other key persons the groups grow and you see more.</source>
        <translation>لماذا يُخفى الكثير؟ عندما يخص الملخص عددًا قليلًا من الوافدين الجدد، تقوم معظم الأرقام على أقل من {k} أشخاص. لا نعرض هذه الأرقام. هذا ليس خطأ. عند الدمج مع ملخصات أشخاص مرجعيين آخرين تكبر المجموعات فترون المزيد.</translation>
    </message>
    <message>
        <source>Each period gets one summary, with fixed figures. If you ask for the same period again later, you get the same figures. So nobody can subtract two overviews from each other to find a hidden number.</source>
        <translation>لكل فترة ملخص واحد بأرقام ثابتة. إذا طلبتم الفترة نفسها لاحقًا، تحصلون على الأرقام نفسها. وهكذا لا يستطيع أحد طرح ملخص من آخر لمعرفة رقم مخفي.</translation>
    </message>
    <message>
        <source>the label looks like it contains personal data ({0}); use a neutral label such as a neighbourhood</source>
        <translation>يبدو أن التسمية تحتوي على بيانات شخصية ({0})؛ استخدموا تسمية محايدة مثل اسم حيّ</translation>
    </message>
</context>
<context>
    <name>BackupInfo</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n وافد جديد</numerusform>
            <numerusform>%n وافد جديد</numerusform>
            <numerusform>%n وافدان جديدان</numerusform>
            <numerusform>%n وافدين جدد</numerusform>
            <numerusform>%n وافدًا جديدًا</numerusform>
            <numerusform>%n وافد جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of {when}: {newcomers}, {entries}.</source>
        <translation>نسخة احتياطية بتاريخ {when}: {newcomers}، {entries}.</translation>
    </message>
    <message>
        <source>Backup of {when}: {newcomers}, {entries}, last change {changed}.</source>
        <translation>نسخة احتياطية بتاريخ {when}: {newcomers}، {entries}، آخر تغيير {changed}.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>I go along</source>
        <translation>سأذهب أيضًا</translation>
    </message>
    <message>
        <source>Sleutelapp</source>
        <translation>Sleutelapp</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Initials (A.K.)</source>
        <translation>الأحرف الأولى (A.K.)</translation>
    </message>
    <message>
        <source>Known-as name</source>
        <translation>اسم النداء</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>own calendar</source>
        <translation>تقويمكم الخاص</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>حفظ ملف التقويم</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>ملف تقويم (*.ics)</translation>
    </message>
    <message>
        <source>Choose an existing folder for the file.</source>
        <translation>اختاروا مجلدًا موجودًا للملف.</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>جارٍ إنشاء ملف التقويم…</translation>
    </message>
    <message>
        <source>Saved. The Shared tab now says that these items went to your calendar:</source>
        <translation>تم الحفظ. يظهر الآن في تبويب «المُشارَك» أن هذه المواعيد أُرسلت إلى تقويمكم:</translation>
    </message>
    <message>
        <source>Export the agenda (.ics)</source>
        <translation>تصدير المواعيد (.ics)</translation>
    </message>
    <message>
        <source>Your planned appointments and open tasks go into a calendar file (.ics). You can open it in the calendar on your phone or computer.</source>
        <translation>تُوضع مواعيدكم المخطط لها ومهامكم المفتوحة في ملف تقويم (.ics). يمكنكم فتحه في تقويم الهاتف أو الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Days ahead</source>
        <translation>عدد الأيام القادمة</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Show the &amp;type of health appointments (GP, hospital, …)</source>
        <translation>إظهار نوع المواعيد الصحية (طبيب العائلة، المستشفى، …)</translation>
    </message>
    <message>
        <source>The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.</source>
        <translation>لا يظهر مكان الموعد الصحي في الملف إلا إذا ظهر نوعه أيضًا: فالعنوان قد يكشف نوع الرعاية.</translation>
    </message>
    <message>
        <source>Show the &amp;place of appointments</source>
        <translation>إظهار مكان المواعيد</translation>
    </message>
    <message>
        <source>&amp;Goes to</source>
        <translation>يذهب إلى</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Careful: a calendar on your phone that syncs sends everything in this file to the company behind that calendar (Google, Apple or Microsoft). That is why names are initials and places and health types stay out, unless you choose otherwise.</source>
        <translation>تنبيه: التقويم الذي يتزامن على هاتفكم يرسل كل ما في هذا الملف إلى الشركة التي تدير ذلك التقويم (Google أو Apple أو Microsoft). لذلك تظهر الأسماء بالأحرف الأولى فقط، ولا تظهر الأماكن ولا أنواع المواعيد الصحية، ما لم تختاروا غير ذلك.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n summary(ies)</source>
        <translation>
            <numerusform>{0}، %n ملخص</numerusform>
            <numerusform>{0}، %n ملخص</numerusform>
            <numerusform>{0}، %n ملخصان</numerusform>
            <numerusform>{0}، %n ملخصات</numerusform>
            <numerusform>{0}، %n ملخصًا</numerusform>
            <numerusform>{0}، %n ملخص</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>CaseError</name>
    <message>
        <source>A case file already exists in {data}. Nothing was overwritten.</source>
        <translation>يوجد دفتر متابعة في {data} بالفعل. لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>The time zone data (Europe/Amsterdam) is missing from this installation. Reinstall Sleutelapp.</source>
        <translation>بيانات المنطقة الزمنية (Europe/Amsterdam) غير موجودة في هذا التثبيت. أعيدوا تثبيت Sleutelapp.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder; nothing was written.</source>
        <translation>المجلد {folder} غير موجود. اختاروا مجلدًا موجودًا؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{folder} already holds a file of the same name ({files}). Choose another folder or move that file; nothing was written.</source>
        <translation>يحتوي {folder} بالفعل على ملف بالاسم نفسه ({files}). اختاروا مجلدًا آخر أو انقلوا ذلك الملف؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Choose at least one newcomer to hand over.</source>
        <translation>اختاروا وافدًا جديدًا واحدًا على الأقل للتسليم.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: {reason}</source>
        <translation>رُفض التسليم، ولم يتغير شيء: {reason}</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <source>the content cannot be read</source>
        <translation>لا يمكن قراءة المحتوى</translation>
    </message>
    <message>
        <source>the content is nested too deeply</source>
        <translation>المحتوى متداخل بعمق كبير</translation>
    </message>
    <message>
        <source>an id occurs twice</source>
        <translation>معرّف مكرر</translation>
    </message>
    <message>
        <source>invalid data ({exc})</source>
        <translation>بيانات غير صالحة ({exc})</translation>
    </message>
    <message>
        <source>This is not a transfer code: it has 24 letters and digits in groups of four (for example ABCD-EFGH-…). Check what you typed.</source>
        <translation>هذا ليس رمز تسليم: فالرمز يتكون من 24 حرفًا ورقمًا في مجموعات من أربعة (مثلًا ABCD-EFGH-…). تحققوا مما كتبتم.</translation>
    </message>
    <message>
        <source>That is too much for one handover file. Choose fewer newcomers at a time.</source>
        <translation>هذا كثير على ملف تسليم واحد. اختاروا عددًا أقل من الوافدين الجدد في كل مرة.</translation>
    </message>
    <message>
        <source>the file is damaged or was changed. Ask your colleague for a new file.</source>
        <translation>الملف تالف أو تم تغييره. اطلبوا من زميلكم ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>this is not a handover file</source>
        <translation>هذا ليس ملف تسليم</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>الملف غير مكتمل</translation>
    </message>
    <message>
        <source>version {version} is not supported (update the app)</source>
        <translation>الإصدار {version} غير مدعوم (حدّثوا التطبيق)</translation>
    </message>
    <message>
        <source>This transfer code does not fit this file. Nothing was changed; check the code and try again.</source>
        <translation>رمز التسليم هذا لا يناسب هذا الملف. لم يتغير شيء؛ تحققوا من الرمز وحاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>the content is too large</source>
        <translation>المحتوى كبير جدًا</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>Import refused, nothing was changed: {problem}</source>
        <translation>رُفض الاستيراد، ولم يتغير شيء: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Import refused, nothing was changed: %n problem(s) in the file.</source>
        <translation>
            <numerusform>رُفض الاستيراد، ولم يتغير شيء: %n مشكلة في الملف.</numerusform>
            <numerusform>رُفض الاستيراد، ولم يتغير شيء: %n مشكلة في الملف.</numerusform>
            <numerusform>رُفض الاستيراد، ولم يتغير شيء: %n مشكلتان في الملف.</numerusform>
            <numerusform>رُفض الاستيراد، ولم يتغير شيء: %n مشكلات في الملف.</numerusform>
            <numerusform>رُفض الاستيراد، ولم يتغير شيء: %n مشكلةً في الملف.</numerusform>
            <numerusform>رُفض الاستيراد، ولم يتغير شيء: %n مشكلة في الملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation>… و{more} غيرها</translation>
    </message>
    <message>
        <source>not a valid id (a lower-case UUID)</source>
        <translation>ليس معرّفًا صالحًا (UUID بأحرف صغيرة)</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD)</source>
        <translation>ليس تاريخًا صالحًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD or null)</source>
        <translation>ليس تاريخًا صالحًا (YYYY-MM-DD أو null)</translation>
    </message>
    <message>
        <source>only contacts have topics</source>
        <translation>المواضيع للتواصل فقط</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} أو {other}</translation>
    </message>
    <message>
        <source>must be {type}</source>
        <translation>يجب أن يكون من النوع: {type}</translation>
    </message>
    <message>
        <source>unknown value {value}</source>
        <translation>قيمة غير معروفة {value}</translation>
    </message>
    <message>
        <source>too long (at most {limit} characters)</source>
        <translation>طويل جدًا (بحد أقصى {limit} حرفًا)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>يجب أن يكون {limit} على الأقل</translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation>يجب أن يكون أكثر من {limit}</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>يجب أن يكون {limit} على الأكثر</translation>
    </message>
    <message>
        <source>too many items (at most {limit})</source>
        <translation>عناصر كثيرة جدًا (بحد أقصى {limit})</translation>
    </message>
    <message>
        <source>holds a value twice</source>
        <translation>يحتوي على قيمة مكررة</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>حقل غير معروف</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation>لا يمكن قراءة الملف ({strerror})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON (line {lineno})</source>
        <translation>ليس JSON صالحًا (السطر {lineno})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>متداخل بعمق كبير</translation>
    </message>
    <message>
        <source>a number with too many digits</source>
        <translation>رقم بعدد كبير جدًا من الخانات</translation>
    </message>
    <message>
        <source>this is not a sleutelapp-data file</source>
        <translation>هذا ليس ملف sleutelapp-data</translation>
    </message>
    <message>
        <source>version {get!r} is not supported</source>
        <translation>الإصدار {get!r} غير مدعوم</translation>
    </message>
    <message>
        <source>holds an invalid character</source>
        <translation>يحتوي على حرف غير صالح</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>ليس تاريخًا صالحًا</translation>
    </message>
    <message>
        <source>id {value} already occurs at {seen}</source>
        <translation>المعرّف {value} موجود بالفعل في {seen}</translation>
    </message>
    <message>
        <source>id {value} already exists in this case file</source>
        <translation>المعرّف {value} موجود بالفعل في دفتر المتابعة هذا</translation>
    </message>
    <message>
        <source>The period is wrong: the end date is before the start date.</source>
        <translation>الفترة غير صحيحة: تاريخ النهاية قبل تاريخ البداية.</translation>
    </message>
    <message>
        <source>{name} has no active consent for a report for the regisseur. Record the consent first: Consents tab of the newcomer, &apos;Report for the regisseur&apos; (verbal or signed). Nothing was saved.</source>
        <translation>لا توجد لدى {name} موافقة سارية على تقرير لمسؤول الاندماج. سجّلوا الموافقة أولًا: تبويب «الموافقات» للوافد الجديد، «التقرير لمسؤول الاندماج» (شفهية أو موقّعة). لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>the file cannot be read ({strerror}).</source>
        <translation>لا يمكن قراءة الملف ({strerror}).</translation>
    </message>
    <message>
        <source>the file is larger than 10 MB; that is not a summary.</source>
        <translation>حجم الملف أكبر من 10 MB؛ هذا ليس ملخصًا.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>الملف ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>the content does not match the format.</source>
        <translation>المحتوى لا يطابق الصيغة.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}); it may be truncated.</source>
        <translation>الملف ليس JSON صالحًا (السطر {line}، العمود {column})؛ ربما هو مقطوع.</translation>
    </message>
    <message>
        <source>the file is not valid JSON; it may be truncated.</source>
        <translation>الملف ليس JSON صالحًا؛ ربما هو مقطوع.</translation>
    </message>
    <message>
        <source>a number with decimals or a special value ({text}); a summary holds whole numbers only.</source>
        <translation>رقم بكسور عشرية أو قيمة خاصة ({text})؛ الملخص يحتوي على أعداد صحيحة فقط.</translation>
    </message>
    <message>
        <source>a number is far too large ({digits} digits).</source>
        <translation>رقم كبير جدًا ({digits} خانة).</translation>
    </message>
    <message>
        <source>the field &apos;{key}&apos; occurs twice.</source>
        <translation>الحقل &apos;{key}&apos; مكرر.</translation>
    </message>
    <message>
        <source>the file is nested too deeply; that is not a summary.</source>
        <translation>الملف متداخل بعمق كبير؛ هذا ليس ملخصًا.</translation>
    </message>
    <message>
        <source>the file holds far too many elements.</source>
        <translation>يحتوي الملف على عدد كبير جدًا من العناصر.</translation>
    </message>
    <message>
        <source>this is not a Sleutelapp summary (format &apos;sleutelapp-summary&apos;).</source>
        <translation>هذا ليس ملخص Sleutelapp (الصيغة &apos;sleutelapp-summary&apos;).</translation>
    </message>
    <message>
        <source>this app does not know this version of the summary format; update Sleutelapp.</source>
        <translation>هذا التطبيق لا يعرف هذا الإصدار من صيغة الملخص؛ حدّثوا Sleutelapp.</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>unknown field at {where}: {message}. Extra fields could carry personal data; the file was refused.</source>
        <translation>حقل غير معروف في {where}: {message}. قد تحمل الحقول الإضافية بيانات شخصية؛ لذلك رُفض الملف.</translation>
    </message>
    <message>
        <source>invalid value at {where}: {message}</source>
        <translation>قيمة غير صالحة في {where}: {message}</translation>
    </message>
    <message>
        <source>the same part summary occurs twice.</source>
        <translation>الملخص الجزئي نفسه مكرر.</translation>
    </message>
    <message>
        <source>k does not match the parts.</source>
        <translation>k لا يطابق الأجزاء.</translation>
    </message>
    <message>
        <source>a cell&apos;s status does not match its number (suppressed without a number, otherwise with one).</source>
        <translation>حالة خانة لا تطابق رقمها (المخفية بلا رقم، وغيرها برقم).</translation>
    </message>
    <message>
        <source>the table {id} does not have the right shape.</source>
        <translation>الجدول {id} ليس بالشكل الصحيح.</translation>
    </message>
    <message>
        <source>the table {id} shows a number about fewer than {k} newcomers (the smallest group that may be shown).</source>
        <translation>الجدول {id} يعرض رقمًا يخص أقل من {k} من الوافدين الجدد (أصغر مجموعة يجوز عرضها).</translation>
    </message>
    <message>
        <source>the file&apos;s id does not match its parts; it was edited or made by hand.</source>
        <translation>معرّف الملف لا يطابق أجزاءه؛ فقد عُدّل أو صُنع يدويًا.</translation>
    </message>
    <message>
        <source>two parts come from the same case file for the same period; that counts twice or can be subtracted.</source>
        <translation>جزءان من دفتر المتابعة نفسه وللفترة نفسها؛ فيُحسبان مرتين أو يمكن طرح أحدهما من الآخر.</translation>
    </message>
    <message>
        <source>the table {table} {problem}</source>
        <translation>الجدول {table} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>a shown cell rests on %n newcomer(s), fewer than the smallest group ({k}).</source>
        <translation>
            <numerusform>خانة معروضة تقوم على %n وافد جديد، أي أقل من أصغر مجموعة ({k}).</numerusform>
            <numerusform>خانة معروضة تقوم على %n وافد جديد، أي أقل من أصغر مجموعة ({k}).</numerusform>
            <numerusform>خانة معروضة تقوم على %n وافدَين جديدَين، أي أقل من أصغر مجموعة ({k}).</numerusform>
            <numerusform>خانة معروضة تقوم على %n وافدين جدد، أي أقل من أصغر مجموعة ({k}).</numerusform>
            <numerusform>خانة معروضة تقوم على %n وافدًا جديدًا، أي أقل من أصغر مجموعة ({k}).</numerusform>
            <numerusform>خانة معروضة تقوم على %n وافد جديد، أي أقل من أصغر مجموعة ({k}).</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of newcomers not counted does not match itself.</source>
        <translation>عدد الوافدين الجدد غير المحتسبين لا يتطابق مع نفسه.</translation>
    </message>
    <message>
        <source>has a cell of {value} resting on {newcomers} newcomers; that is impossible.</source>
        <translation>فيه خانة قيمتها {value} تقوم على {newcomers} من الوافدين الجدد؛ هذا مستحيل.</translation>
    </message>
    <message>
        <source>counts newcomers other than by the number of newcomers.</source>
        <translation>يعدّ الوافدين الجدد بطريقة غير عدد الوافدين الجدد.</translation>
    </message>
    <message>
        <source>has a cell on {newcomers} newcomers, more than the {counted} counted.</source>
        <translation>فيه خانة تخص {newcomers} من الوافدين الجدد، أي أكثر من الـ{counted} المحتسبين.</translation>
    </message>
    <message>
        <source>has a cell ({value} on {newcomers} newcomers) larger than its total ({total} on {total_newcomers}).</source>
        <translation>فيه خانة ({value} على {newcomers} من الوافدين الجدد) أكبر من مجموعها ({total} على {total_newcomers}).</translation>
    </message>
    <message>
        <source>has cells that together ({summed}) exceed their total ({value}).</source>
        <translation>فيه خانات مجموعها ({summed}) يتجاوز المجموع الكلي ({value}).</translation>
    </message>
    <message>
        <source>has a total resting on {newcomers} newcomers, more than its cells together ({people}).</source>
        <translation>فيه مجموع يقوم على {newcomers} من الوافدين الجدد، أي أكثر من خاناته مجتمعة ({people}).</translation>
    </message>
    <message>
        <source>has cells that together ({summed}) do not add up to their total ({value}).</source>
        <translation>فيه خانات مجموعها ({summed}) لا يساوي المجموع الكلي ({value}).</translation>
    </message>
    <message>
        <source>Summaries of different periods cannot be merged.</source>
        <translation>لا يمكن دمج ملخصات لفترات مختلفة.</translation>
    </message>
    <message>
        <source>No summaries to merge.</source>
        <translation>لا توجد ملخصات للدمج.</translation>
    </message>
    <message>
        <source>The same summary or case file was offered twice.</source>
        <translation>عُرض الملخص نفسه أو دفتر المتابعة نفسه مرتين.</translation>
    </message>
    <message>
        <source>this summary is already in {name}; it cannot be counted twice.</source>
        <translation>هذا الملخص موجود بالفعل في {name}؛ لا يمكن احتسابه مرتين.</translation>
    </message>
    <message>
        <source>the period {code} differs from {other_code} ({name}); only summaries of one period can be merged.</source>
        <translation>الفترة {code} تختلف عن {other_code} ({name})؛ لا يمكن دمج إلا ملخصات فترة واحدة.</translation>
    </message>
    <message>
        <source>comes from the same case file as {name} for the same period (a re-made or copied summary); together they can be subtracted.</source>
        <translation>يأتي من دفتر المتابعة نفسه الذي يأتي منه {name} وللفترة نفسها (ملخص أُعيد إنشاؤه أو نُسخ)؛ ويمكن طرح أحدهما من الآخر.</translation>
    </message>
    <message>
        <source>has exactly the same figures as {name} under another id; a copy is not counted twice.</source>
        <translation>له الأرقام نفسها تمامًا مثل {name} بمعرّف آخر؛ النسخة لا تُحسب مرتين.</translation>
    </message>
    <message>
        <source>Summaries of different periods ({periods}) cannot be merged.</source>
        <translation>لا يمكن دمج ملخصات لفترات مختلفة ({periods}).</translation>
    </message>
    <message>
        <source>The same summary was offered twice.</source>
        <translation>عُرض الملخص نفسه مرتين.</translation>
    </message>
    <message>
        <source>Two summaries come from the same case file for the same period.</source>
        <translation>ملخصان من دفتر المتابعة نفسه وللفترة نفسها.</translation>
    </message>
    <message>
        <source>The case file is locked.</source>
        <translation>دفتر المتابعة مقفل.</translation>
    </message>
    <message>
        <source>Sleutelapp has this case file open. Close the app and try again; nothing was changed. Read-only commands such as &apos;check&apos; and &apos;newcomers&apos; still work.</source>
        <translation>دفتر المتابعة هذا مفتوح في Sleutelapp. أغلقوا التطبيق وحاولوا مرة أخرى؛ لم يتغير شيء. الأوامر التي تقرأ فقط مثل &apos;check&apos; و&apos;newcomers&apos; ما زالت تعمل.</translation>
    </message>
    <message>
        <source>{name} is not a usable backup: {detail}. Nothing was changed; choose another backup.</source>
        <translation>{name} ليست نسخة احتياطية صالحة للاستخدام: {detail}. لم يتغير شيء؛ اختاروا نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>There is not enough space for the backup in {parent}. No backup was written and the case file was not changed. Free some space or choose another place.</source>
        <translation>لا توجد مساحة كافية للنسخة الاحتياطية في {parent}. لم تُكتب نسخة احتياطية ولم يتغير دفتر المتابعة. أفرغوا بعض المساحة أو اختاروا مكانًا آخر.</translation>
    </message>
    <message>
        <source>the key does not fit</source>
        <translation>المفتاح غير مناسب</translation>
    </message>
    <message>
        <source>The backup could not be verified: the case file itself seems damaged. No backup was written; run the health check (&apos;check&apos;).</source>
        <translation>تعذّر التحقق من النسخة الاحتياطية: يبدو أن دفتر المتابعة نفسه تالف. لم تُكتب نسخة احتياطية؛ شغّلوا الفحص (&apos;check&apos;).</translation>
    </message>
    <message>
        <source>the database does not open</source>
        <translation>قاعدة البيانات لا تُفتح</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>the database is damaged or does not match its key</source>
        <translation>قاعدة البيانات تالفة أو لا تطابق مفتاحها</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>it is not a (complete) Sleutelapp backup</source>
        <translation>ليست نسخة احتياطية (كاملة) من Sleutelapp</translation>
    </message>
    <message>
        <source>its manifest is unreadable</source>
        <translation>بيان محتوياتها غير مقروء</translation>
    </message>
    <message>
        <source>it is not a Sleutelapp backup</source>
        <translation>ليست نسخة احتياطية من Sleutelapp</translation>
    </message>
    <message>
        <source>it comes from a newer Sleutelapp; update the app</source>
        <translation>مصدرها إصدار أحدث من Sleutelapp؛ حدّثوا التطبيق</translation>
    </message>
    <message>
        <source>its manifest is incomplete</source>
        <translation>بيان محتوياتها غير مكتمل</translation>
    </message>
    <message>
        <source>it holds unknown files</source>
        <translation>تحتوي على ملفات غير معروفة</translation>
    </message>
    <message>
        <source>{name} is damaged</source>
        <translation>{name} تالف</translation>
    </message>
    <message>
        <source>Invalid data: {problem}</source>
        <translation>بيانات غير صالحة: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: one or more ids already exist in this case file, or an entry refers to an unknown newcomer.</source>
        <translation>لم يُستورد شيء: معرّف واحد أو أكثر موجود بالفعل في دفتر المتابعة هذا، أو يشير بند إلى وافد جديد غير معروف.</translation>
    </message>
    <message>
        <source>This case file was written by a newer version of Sleutelapp. Update the app; the file was left untouched.</source>
        <translation>كُتب دفتر المتابعة هذا بإصدار أحدث من Sleutelapp. حدّثوا التطبيق؛ لم يُمسّ الملف.</translation>
    </message>
    <message>
        <source>There is no case file in {parent} yet. Create one with &apos;sleutelapp init&apos; or restore a backup.</source>
        <translation>لا يوجد دفتر متابعة في {parent} بعد. أنشئوا واحدًا بالأمر &apos;sleutelapp init&apos; أو استعيدوا نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The case file {name} is empty (0 bytes). It was left untouched; restore a backup.</source>
        <translation>دفتر المتابعة {name} فارغ (0 بايت). لم يُمسّ؛ استعيدوا نسخة احتياطية.</translation>
    </message>
    <message>
        <source>{name} is a plain (unencrypted) SQLite database, not a Sleutelapp case file. It was left untouched; restore a backup.</source>
        <translation>{name} قاعدة بيانات SQLite عادية (غير مشفّرة)، وليس دفتر متابعة من Sleutelapp. لم يُمسّ؛ استعيدوا نسخة احتياطية.</translation>
    </message>
    <message>
        <source>{name} is not a Sleutelapp case file but another kind of file{kind}. It was left untouched; restore a backup.</source>
        <translation>{name} ليس دفتر متابعة من Sleutelapp بل نوع آخر من الملفات{kind}. لم يُمسّ؛ استعيدوا نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The case file {name} is damaged{extra}. It was left untouched; restore a backup.</source>
        <translation>دفتر المتابعة {name} تالف{extra}. لم يُمسّ؛ استعيدوا نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The key file case.key does not belong to {name}: it opens another case file. Put the right case.key back or restore a backup; nothing was touched.</source>
        <translation>ملف المفتاح case.key لا يخص {name}: فهو يفتح دفتر متابعة آخر. أعيدوا ملف case.key الصحيح أو استعيدوا نسخة احتياطية؛ لم يُمسّ شيء.</translation>
    </message>
    <message>
        <source>The disk is full: Sleutelapp cannot open the case file for writing now. The case file is not damaged. Free some space (delete or move files) and try again.</source>
        <translation>القرص ممتلئ: لا يستطيع Sleutelapp الآن فتح دفتر المتابعة للكتابة. دفتر المتابعة ليس تالفًا. أفرغوا بعض المساحة (احذفوا ملفات أو انقلوها) وحاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>Could not write to the disk (full?): nothing was saved. Free some space and try again.</source>
        <translation>تعذّرت الكتابة على القرص (ممتلئ؟): لم يُحفظ شيء. أفرغوا بعض المساحة وحاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>Invalid consent: {exc}</source>
        <translation>موافقة غير صالحة: {exc}</translation>
    </message>
    <message>
        <source>Invalid consent: that consent sheet was not made for this newcomer.</source>
        <translation>موافقة غير صالحة: استمارة الموافقة هذه لم تُعدّ لهذا الوافد الجديد.</translation>
    </message>
    <message>
        <source>Consent not found.</source>
        <translation>لم يُعثر على الموافقة.</translation>
    </message>
    <message>
        <source>Invalid entry: {problem}</source>
        <translation>بند غير صالح: {problem}</translation>
    </message>
    <message>
        <source>This entry was changed after you opened it (in another window). Nothing was saved. Close this window and open the entry again to see the latest version.</source>
        <translation>تغيّر هذا البند بعد أن فتحتموه (في نافذة أخرى). لم يُحفظ شيء. أغلقوا هذه النافذة وافتحوا البند من جديد لرؤية أحدث نسخة.</translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation>هذا البند غير موجود (لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>that is the name of a case file</source>
        <translation>هذا اسم دفتر متابعة</translation>
    </message>
    <message>
        <source>that is a backup file</source>
        <translation>هذا ملف نسخة احتياطية</translation>
    </message>
    <message>
        <source>a case file or a backup is there</source>
        <translation>يوجد هناك دفتر متابعة أو نسخة احتياطية</translation>
    </message>
    <message>
        <source>that is the folder of the case file (or a folder inside it)</source>
        <translation>هذا مجلد دفتر المتابعة (أو مجلد داخله)</translation>
    </message>
    <message>
        <source>Not written to {target}: {why}. An export may never touch the case file or its backups; choose another folder (for example Documents or a USB stick).</source>
        <translation>لم يُكتب في {target}: {why}. لا يجوز للتصدير أن يمسّ دفتر المتابعة أو نسخه الاحتياطية؛ اختاروا مجلدًا آخر (مثلًا «المستندات» أو ذاكرة USB).</translation>
    </message>
    <message>
        <source>Invalid extension request: {exc}</source>
        <translation>طلب تمديد غير صالح: {exc}</translation>
    </message>
    <message>
        <source>Extension request not found.</source>
        <translation>لم يُعثر على طلب التمديد.</translation>
    </message>
    <message>
        <source>Nothing was changed: an extension request in the file already exists in this case file, or belongs to an unknown newcomer.</source>
        <translation>لم يتغير شيء: طلب تمديد في الملف موجود بالفعل في دفتر المتابعة هذا، أو يخص وافدًا جديدًا غير معروف.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: these ids already exist in your case file: {shown}.</source>
        <translation>رُفض التسليم، ولم يتغير شيء: هذه المعرّفات موجودة بالفعل في دفتر المتابعة: {shown}.</translation>
    </message>
    <message>
        <source>This handover was already received on {when}. Nothing was changed.</source>
        <translation>استُلم هذا التسليم بالفعل بتاريخ {when}. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: {names} is already in your case file. Erase that newcomer first, or ask your colleague for a handover without them.</source>
        <translation>رُفض التسليم، ولم يتغير شيء: {names} موجود بالفعل في دفتر المتابعة. احذفوا هذا الوافد الجديد أولًا، أو اطلبوا من زميلكم تسليمًا بدونه.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: a disclosure in the file belongs to another newcomer in your case file.</source>
        <translation>رُفض التسليم، ولم يتغير شيء: مشاركة في الملف تخص وافدًا جديدًا آخر في دفتر المتابعة.</translation>
    </message>
    <message>
        <source>The passphrase holds characters that are not valid text (not UTF-8). Type it again; nothing was changed.</source>
        <translation>تحتوي عبارة المرور على أحرف ليست نصًا صالحًا (ليست UTF-8). اكتبوها مرة أخرى؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>عبارة المرور خاطئة. لم يتغير شيء؛ حاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>This recovery key does not fit this case file. Check the characters.</source>
        <translation>مفتاح الاسترداد هذا لا يناسب دفتر المتابعة هذا. تحققوا من الأحرف.</translation>
    </message>
    <message>
        <source>The key file (case.key) was written by a newer Sleutelapp. Update the app.</source>
        <translation>كُتب ملف المفتاح (case.key) بإصدار أحدث من Sleutelapp. حدّثوا التطبيق.</translation>
    </message>
    <message>
        <source>The key file case.key is missing next to the case file. Put it back or restore a backup.</source>
        <translation>ملف المفتاح case.key غير موجود بجانب دفتر المتابعة. أعيدوه إلى مكانه أو استعيدوا نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The key file case.key is damaged ({detail}). Restore a backup or use a copy.</source>
        <translation>ملف المفتاح case.key تالف ({detail}). استعيدوا نسخة احتياطية أو استخدموا نسخة منه.</translation>
    </message>
    <message>
        <source>Invalid newcomer: {problem}</source>
        <translation>وافد جديد غير صالح: {problem}</translation>
    </message>
    <message>
        <source>No newcomer found for &apos;{ref}&apos;. Use &apos;sleutelapp newcomers&apos; to see the list.</source>
        <translation>لم يُعثر على وافد جديد لـ &apos;{ref}&apos;. استخدموا &apos;sleutelapp newcomers&apos; لرؤية القائمة.</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; matches {count} newcomers. Use the id (see &apos;sleutelapp newcomers&apos;).</source>
        <translation>&apos;{ref}&apos; يطابق {count} من الوافدين الجدد. استخدموا المعرّف (انظروا &apos;sleutelapp newcomers&apos;).</translation>
    </message>
    <message>
        <source>Unknown report schedule {schedule!r}: choose &apos;month&apos; or &apos;quarter&apos;.</source>
        <translation>جدول تقارير غير معروف {schedule!r}: اختاروا &apos;month&apos; أو &apos;quarter&apos;.</translation>
    </message>
    <message>
        <source>the database or the key file is missing</source>
        <translation>قاعدة البيانات أو ملف المفتاح غير موجود</translation>
    </message>
    <message>
        <source>the key file inside is damaged</source>
        <translation>ملف المفتاح داخلها تالف</translation>
    </message>
    <message>
        <source>There is not enough space in {data} to unpack the backup. Nothing was changed; free some space and try again.</source>
        <translation>لا توجد مساحة كافية في {data} لفك النسخة الاحتياطية. لم يتغير شيء؛ أفرغوا بعض المساحة وحاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>This recovery key does not open this backup. Nothing was changed.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح هذه النسخة الاحتياطية. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This passphrase does not open this backup. It may have been made while you had another passphrase: try that one, or the recovery key. Nothing was changed.</source>
        <translation>عبارة المرور هذه لا تفتح هذه النسخة الاحتياطية. ربما أُنشئت حين كانت لديكم عبارة مرور أخرى: جرّبوها، أو استخدموا مفتاح الاسترداد. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The unpacked backup disappeared (another Sleutelapp window?). Nothing was changed; try again.</source>
        <translation>اختفت النسخة الاحتياطية المفكوكة (نافذة Sleutelapp أخرى؟). لم يتغير شيء؛ حاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>is before given_on</source>
        <translation>قبل given_on</translation>
    </message>
    <message>
        <source>is required when the status is closed</source>
        <translation>مطلوب عندما تكون الحالة مغلقة</translation>
    </message>
    <message>
        <source>must be empty while the status is active</source>
        <translation>يجب أن يكون فارغًا ما دامت الحالة نشطة</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>في المستقبل</translation>
    </message>
    <message>
        <source>a note needs text</source>
        <translation>الملاحظة تحتاج إلى نص</translation>
    </message>
    <message>
        <source>a task needs a description of what to do</source>
        <translation>المهمة تحتاج إلى وصف لما يجب فعله</translation>
    </message>
    <message>
        <source>an activity needs hours above 0</source>
        <translation>النشاط يحتاج إلى ساعات أكثر من 0</translation>
    </message>
    <message>
        <source>is before {day}</source>
        <translation>قبل {day}</translation>
    </message>
    <message>
        <source>is after {day}</source>
        <translation>بعد {day}</translation>
    </message>
    <message>
        <source>The disk of the case file is full. An export must be recorded in the disclosure register and there is no room for that: nothing was exported. Free some space and try again; &apos;check&apos;, &apos;newcomers&apos; and &apos;backup -o&apos; still work.</source>
        <translation>قرص دفتر المتابعة ممتلئ. يجب تسجيل كل تصدير في سجل ما تمت مشاركته ولا توجد مساحة لذلك: لم يُصدَّر شيء. أفرغوا بعض المساحة وحاولوا مرة أخرى؛ الأوامر &apos;check&apos; و&apos;newcomers&apos; و&apos;backup -o&apos; ما زالت تعمل.</translation>
    </message>
</context>
<context>
    <name>ChoosableNewcomers</name>
    <message>
        <source>{0} (closed)</source>
        <translation>{0} (مُغلق)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>تمت المقاطعة.</translation>
    </message>
    <message>
        <source>{name}: holds characters that are not valid text (not UTF-8)</source>
        <translation>{name}: يحتوي على أحرف ليست نصًا صالحًا (ليست UTF-8)</translation>
    </message>
    <message>
        <source>--days must be 0..3660</source>
        <translation>يجب أن تكون قيمة --days بين 0 و3660</translation>
    </message>
    <message>
        <source>--ics and --week-pdf do not go together</source>
        <translation>لا يمكن استخدام --ics و--week-pdf معًا</translation>
    </message>
    <message>
        <source>{flag} goes with --ics FILE or --week-pdf FILE</source>
        <translation>{flag} يُستخدم مع --ics FILE أو --week-pdf FILE</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>لا شيء مخطط له.</translation>
    </message>
    <message>
        <source>--json and {flag} do not go together</source>
        <translation>لا يمكن استخدام --json و{flag} معًا</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>Week written: {path} ({start} to {end}; recorded in the disclosure register).</source>
        <translation>كُتب الأسبوع: {path} (من {start} إلى {end}؛ مسجّل في سجل ما تمت مشاركته).</translation>
    </message>
    <message numerus="yes">
        <source>Calendar written: {path} (%n item(s), {start} to {end}; recorded in the disclosure register).</source>
        <translation>
            <numerusform>كُتب التقويم: {path} (%n عنصر، من {start} إلى {end}؛ مسجّل في سجل ما تمت مشاركته).</numerusform>
            <numerusform>كُتب التقويم: {path} (%n عنصر، من {start} إلى {end}؛ مسجّل في سجل ما تمت مشاركته).</numerusform>
            <numerusform>كُتب التقويم: {path} (%n عنصران، من {start} إلى {end}؛ مسجّل في سجل ما تمت مشاركته).</numerusform>
            <numerusform>كُتب التقويم: {path} (%n عناصر، من {start} إلى {end}؛ مسجّل في سجل ما تمت مشاركته).</numerusform>
            <numerusform>كُتب التقويم: {path} (%n عنصرًا، من {start} إلى {end}؛ مسجّل في سجل ما تمت مشاركته).</numerusform>
            <numerusform>كُتب التقويم: {path} (%n عنصر، من {start} إلى {end}؛ مسجّل في سجل ما تمت مشاركته).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({newcomers}, {entries}, {size} MB).</source>
        <translation>كُتبت النسخة الاحتياطية وتم التحقق منها: {path} ({newcomers}، {entries}، {size} MB).</translation>
    </message>
    <message numerus="yes">
        <source>the case file has %n problem(s); make no changes and restore a backup.</source>
        <translation>
            <numerusform>في دفتر المتابعة %n مشكلة؛ لا تُجروا أي تغييرات واستعيدوا نسخة احتياطية.</numerusform>
            <numerusform>في دفتر المتابعة %n مشكلة؛ لا تُجروا أي تغييرات واستعيدوا نسخة احتياطية.</numerusform>
            <numerusform>في دفتر المتابعة %n مشكلتان؛ لا تُجروا أي تغييرات واستعيدوا نسخة احتياطية.</numerusform>
            <numerusform>في دفتر المتابعة %n مشكلات؛ لا تُجروا أي تغييرات واستعيدوا نسخة احتياطية.</numerusform>
            <numerusform>في دفتر المتابعة %n مشكلةً؛ لا تُجروا أي تغييرات واستعيدوا نسخة احتياطية.</numerusform>
            <numerusform>في دفتر المتابعة %n مشكلة؛ لا تُجروا أي تغييرات واستعيدوا نسخة احتياطية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures the case file keeps (for summaries and reports due) did not match its data; they have been counted again.</source>
        <translation>الأرقام التي يحفظها دفتر المتابعة (للملخصات والتقارير المستحقة) لم تكن مطابقة لبياناته؛ تمت إعادة عدّها.</translation>
    </message>
    <message numerus="yes">
        <source>All is well: the case file is intact and encrypted (%n newcomer(s)).</source>
        <translation>
            <numerusform>كل شيء على ما يرام: دفتر المتابعة سليم ومشفّر (%n وافد جديد).</numerusform>
            <numerusform>كل شيء على ما يرام: دفتر المتابعة سليم ومشفّر (%n وافد جديد).</numerusform>
            <numerusform>كل شيء على ما يرام: دفتر المتابعة سليم ومشفّر (%n وافدان جديدان).</numerusform>
            <numerusform>كل شيء على ما يرام: دفتر المتابعة سليم ومشفّر (%n وافدين جدد).</numerusform>
            <numerusform>كل شيء على ما يرام: دفتر المتابعة سليم ومشفّر (%n وافدًا جديدًا).</numerusform>
            <numerusform>كل شيء على ما يرام: دفتر المتابعة سليم ومشفّر (%n وافد جديد).</numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>ن</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>{env} is not valid UTF-8 text; set the passphrase again</source>
        <translation>{env} ليس نصًا صالحًا بترميز UTF-8؛ عيّنوا عبارة المرور من جديد</translation>
    </message>
    <message>
        <source>no passphrase: set {env} or use a terminal</source>
        <translation>لا توجد عبارة مرور: عيّنوا {env} أو استخدموا الطرفية</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>مرة أخرى: </translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>عبارتا المرور غير متطابقتين</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved.</source>
        <translation>القرص ممتلئ؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>cannot use file: {file} ({reason})</source>
        <translation>لا يمكن استخدام الملف: {file} ({reason})</translation>
    </message>
    <message>
        <source>unexpected error ({error}); a report without personal data was written to {where}</source>
        <translation>خطأ غير متوقع ({error})؛ كُتب تقرير بلا بيانات شخصية في {where}</translation>
    </message>
    <message>
        <source>--newcomers 0..100000 and --entries-per 0..10000</source>
        <translation>--newcomers بين 0 و100000 و--entries-per بين 0 و10000</translation>
    </message>
    <message>
        <source>Demo data added: {newcomers}, {entries}.</source>
        <translation>أُضيفت بيانات تجريبية: {newcomers}، {entries}.</translation>
    </message>
    <message>
        <source>(no person)</source>
        <translation>(بلا شخص)</translation>
    </message>
    <message>
        <source>erasing asks for confirmation: use a terminal or --yes. Nothing was erased.</source>
        <translation>الحذف يتطلب تأكيدًا: استخدموا الطرفية أو --yes. لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Erase {who} and all their data for good? [y/N] </source>
        <translation>حذف {who} وكل بياناته نهائيًا؟ [y/N] </translation>
    </message>
    <message numerus="yes">
        <source>To erase: {who} (%n entry(s)).</source>
        <translation>
            <numerusform>سيُحذف: {who} (%n بند).</numerusform>
            <numerusform>سيُحذف: {who} (%n بند).</numerusform>
            <numerusform>سيُحذف: {who} (%n بندان).</numerusform>
            <numerusform>سيُحذف: {who} (%n بنود).</numerusform>
            <numerusform>سيُحذف: {who} (%n بندًا).</numerusform>
            <numerusform>سيُحذف: {who} (%n بند).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Erased: {id} (all data, the search index included).</source>
        <translation>تم الحذف: {id} (كل البيانات، بما فيها فهرس البحث).</translation>
    </message>
    <message>
        <source>Shared before with (tell them the data was erased):</source>
        <translation>تمت المشاركة سابقًا مع (أخبروهم بأن البيانات حُذفت):</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) written to {path} (not encrypted: keep the file safe; recorded in the disclosure register).</source>
        <translation>
            <numerusform>كُتبت بيانات %n وافد جديد في {path} (غير مشفّرة: احفظوا الملف بأمان؛ مسجّلة في سجل ما تمت مشاركته).</numerusform>
            <numerusform>كُتبت بيانات %n وافد جديد في {path} (غير مشفّرة: احفظوا الملف بأمان؛ مسجّلة في سجل ما تمت مشاركته).</numerusform>
            <numerusform>كُتبت بيانات %n وافدَين جديدَين في {path} (غير مشفّرة: احفظوا الملف بأمان؛ مسجّلة في سجل ما تمت مشاركته).</numerusform>
            <numerusform>كُتبت بيانات %n وافدين جدد في {path} (غير مشفّرة: احفظوا الملف بأمان؛ مسجّلة في سجل ما تمت مشاركته).</numerusform>
            <numerusform>كُتبت بيانات %n وافدًا جديدًا في {path} (غير مشفّرة: احفظوا الملف بأمان؛ مسجّلة في سجل ما تمت مشاركته).</numerusform>
            <numerusform>كُتبت بيانات %n وافد جديد في {path} (غير مشفّرة: احفظوا الملف بأمان؛ مسجّلة في سجل ما تمت مشاركته).</numerusform>
        </translation>
    </message>
    <message>
        <source>no screen found (no DISPLAY or WAYLAND_DISPLAY); use the command line: {program} --help</source>
        <translation>لم يُعثر على شاشة (لا DISPLAY ولا WAYLAND_DISPLAY)؛ استخدموا سطر الأوامر: {program} --help</translation>
    </message>
    <message>
        <source>the code file must not be the handover file</source>
        <translation>يجب ألا يكون ملف الرمز هو ملف التسليم</translation>
    </message>
    <message numerus="yes">
        <source>Handover written: {path} (%n newcomer(s)).</source>
        <translation>
            <numerusform>كُتب التسليم: {path} (%n وافد جديد).</numerusform>
            <numerusform>كُتب التسليم: {path} (%n وافد جديد).</numerusform>
            <numerusform>كُتب التسليم: {path} (%n وافدان جديدان).</numerusform>
            <numerusform>كُتب التسليم: {path} (%n وافدين جدد).</numerusform>
            <numerusform>كُتب التسليم: {path} (%n وافدًا جديدًا).</numerusform>
            <numerusform>كُتب التسليم: {path} (%n وافد جديد).</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer code is in {file}. Pass it on another way than the file, then delete the code file.</source>
        <translation>رمز التسليم موجود في {file}. أرسلوه بطريقة أخرى غير الملف، ثم احذفوا ملف الرمز.</translation>
    </message>
    <message>
        <source>Transfer code (shown only once; pass it on another way than the file, for example by phone):</source>
        <translation>رمز التسليم (يظهر مرة واحدة فقط؛ أرسلوه بطريقة أخرى غير الملف، مثلًا بالهاتف):</translation>
    </message>
    <message>
        <source>Done with these newcomers? Close them in the app, or erase them with:</source>
        <translation>انتهيتم من هؤلاء الوافدين الجدد؟ أغلقوا ملفاتهم في التطبيق، أو احذفوهم بالأمر:</translation>
    </message>
    <message>
        <source>Imported: {newcomers}, {entries}.</source>
        <translation>تم الاستيراد: {newcomers}، {entries}.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>Case file created: {path}</source>
        <translation>أُنشئ دفتر المتابعة: {path}</translation>
    </message>
    <message>
        <source>Key file: {path}</source>
        <translation>ملف المفتاح: {path}</translation>
    </message>
    <message>
        <source>Recovery key (write it down and keep it safe; it is shown only once):</source>
        <translation>مفتاح الاسترداد (اكتبوه واحفظوه في مكان آمن؛ يظهر مرة واحدة فقط):</translation>
    </message>
    <message numerus="yes">
        <source>Inzage written: {path} (%n entry(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>كُتبت نسخة الاطلاع (inzage): {path} (%n بند)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
            <numerusform>كُتبت نسخة الاطلاع (inzage): {path} (%n بند)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
            <numerusform>كُتبت نسخة الاطلاع (inzage): {path} (%n بندان)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
            <numerusform>كُتبت نسخة الاطلاع (inzage): {path} (%n بنود)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
            <numerusform>كُتبت نسخة الاطلاع (inzage): {path} (%n بندًا)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
            <numerusform>كُتبت نسخة الاطلاع (inzage): {path} (%n بند)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing written: {refused} of %n file(s) refused.</source>
        <translation>
            <numerusform>لم يُكتب شيء: رُفض {refused} من أصل %n ملف.</numerusform>
            <numerusform>لم يُكتب شيء: رُفض {refused} من أصل %n ملف.</numerusform>
            <numerusform>لم يُكتب شيء: رُفض {refused} من أصل %n ملفَين.</numerusform>
            <numerusform>لم يُكتب شيء: رُفض {refused} من أصل %n ملفات.</numerusform>
            <numerusform>لم يُكتب شيء: رُفض {refused} من أصل %n ملفًا.</numerusform>
            <numerusform>لم يُكتب شيء: رُفض {refused} من أصل %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s) of {period} merged into {files}.</source>
        <translation>
            <numerusform>دُمج %n ملخص للفترة {period} في {files}.</numerusform>
            <numerusform>دُمج %n ملخص للفترة {period} في {files}.</numerusform>
            <numerusform>دُمج %n ملخصان للفترة {period} في {files}.</numerusform>
            <numerusform>دُمج %n ملخصات للفترة {period} في {files}.</numerusform>
            <numerusform>دُمج %n ملخصًا للفترة {period} في {files}.</numerusform>
            <numerusform>دُمج %n ملخص للفترة {period} في {files}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase changed. The recovery key stays valid.</source>
        <translation>تم تغيير عبارة المرور. مفتاح الاسترداد يبقى صالحًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed longer than {months} months; nothing was erased.</source>
        <translation>
            <numerusform>وافدون جدد أُغلقت ملفاتهم منذ أكثر من {months} شهرًا: %n؛ لم يُحذف شيء.</numerusform>
            <numerusform>وافدون جدد أُغلقت ملفاتهم منذ أكثر من {months} شهرًا: %n؛ لم يُحذف شيء.</numerusform>
            <numerusform>وافدون جدد أُغلقت ملفاتهم منذ أكثر من {months} شهرًا: %n؛ لم يُحذف شيء.</numerusform>
            <numerusform>وافدون جدد أُغلقت ملفاتهم منذ أكثر من {months} شهرًا: %n؛ لم يُحذف شيء.</numerusform>
            <numerusform>وافدون جدد أُغلقت ملفاتهم منذ أكثر من {months} شهرًا: %n؛ لم يُحذف شيء.</numerusform>
            <numerusform>وافدون جدد أُغلقت ملفاتهم منذ أكثر من {months} شهرًا: %n؛ لم يُحذف شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: {id}</source>
        <translation>تم الحذف: {id}</translation>
    </message>
    <message>
        <source>shared before: {date} {kind} with {recipient} (tell them the data was erased)</source>
        <translation>تمت المشاركة سابقًا: {date} {kind} مع {recipient} (أخبروهم بأن البيانات حُذفت)</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) erased (retention {months} months).</source>
        <translation>
            <numerusform>وافدون جدد حُذفت بياناتهم (مدة الاحتفاظ {months} شهرًا): %n.</numerusform>
            <numerusform>وافدون جدد حُذفت بياناتهم (مدة الاحتفاظ {months} شهرًا): %n.</numerusform>
            <numerusform>وافدون جدد حُذفت بياناتهم (مدة الاحتفاظ {months} شهرًا): %n.</numerusform>
            <numerusform>وافدون جدد حُذفت بياناتهم (مدة الاحتفاظ {months} شهرًا): %n.</numerusform>
            <numerusform>وافدون جدد حُذفت بياناتهم (مدة الاحتفاظ {months} شهرًا): %n.</numerusform>
            <numerusform>وافدون جدد حُذفت بياناتهم (مدة الاحتفاظ {months} شهرًا): %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>the code file {file} is empty</source>
        <translation>ملف الرمز {file} فارغ</translation>
    </message>
    <message>
        <source>no transfer code: use --code-file, set {env} or use a terminal</source>
        <translation>لا يوجد رمز تسليم: استخدموا --code-file أو عيّنوا {env} أو استخدموا الطرفية</translation>
    </message>
    <message>
        <source>Transfer code: </source>
        <translation>رمز التسليم: </translation>
    </message>
    <message>
        <source>file not found: {file}</source>
        <translation>الملف غير موجود: {file}</translation>
    </message>
    <message>
        <source>Received: {newcomers}, {entries}, {consents}, {disclosures}.</source>
        <translation>تم الاستلام: {newcomers}، {entries}، {consents}، {disclosures}.</translation>
    </message>
    <message>
        <source>not a valid date: {value} (use YYYY-MM-DD)</source>
        <translation>ليس تاريخًا صالحًا: {value} (استخدموا YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the password file {file} is empty</source>
        <translation>ملف كلمة السر {file} فارغ</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to قبل --from</translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}, password-protected).</source>
        <translation>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بند، الفترة من {start} إلى {end}، محمي بكلمة سر).</numerusform>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بند، الفترة من {start} إلى {end}، محمي بكلمة سر).</numerusform>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بندَين، الفترة من {start} إلى {end}، محمي بكلمة سر).</numerusform>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بنود، الفترة من {start} إلى {end}، محمي بكلمة سر).</numerusform>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بندًا، الفترة من {start} إلى {end}، محمي بكلمة سر).</numerusform>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بند، الفترة من {start} إلى {end}، محمي بكلمة سر).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}).</source>
        <translation>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بند، الفترة من {start} إلى {end}).</numerusform>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بند، الفترة من {start} إلى {end}).</numerusform>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بندَين، الفترة من {start} إلى {end}).</numerusform>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بنود، الفترة من {start} إلى {end}).</numerusform>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بندًا، الفترة من {start} إلى {end}).</numerusform>
            <numerusform>كُتب التقرير: {path} (يتضمن %n بند، الفترة من {start} إلى {end}).</numerusform>
        </translation>
    </message>
    <message>
        <source>say which reports: use --due (the reports that are due now)</source>
        <translation>حدّدوا أي التقارير: استخدموا --due (التقارير المستحقة الآن)</translation>
    </message>
    <message>
        <source>--password-file and --recipient go with -o DIR (writing the reports)</source>
        <translation>--password-file و--recipient يُستخدمان مع -o DIR (كتابة التقارير)</translation>
    </message>
    <message>
        <source>No reports are due; nothing was written.</source>
        <translation>لا توجد تقارير مستحقة؛ لم يُكتب شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register, password-protected.</source>
        <translation>
            <numerusform>كُتب %n تقرير وسُجّل في سجل ما تمت مشاركته، محميًا بكلمة سر.</numerusform>
            <numerusform>كُتب %n تقرير وسُجّل في سجل ما تمت مشاركته، محميًا بكلمة سر.</numerusform>
            <numerusform>كُتب %n تقريران وسُجّلا في سجل ما تمت مشاركته، محميَّين بكلمة سر.</numerusform>
            <numerusform>كُتبت %n تقارير وسُجّلت في سجل ما تمت مشاركته، محمية بكلمة سر.</numerusform>
            <numerusform>كُتب %n تقريرًا وسُجّلت في سجل ما تمت مشاركته، محمية بكلمة سر.</numerusform>
            <numerusform>كُتب %n تقرير وسُجّلت في سجل ما تمت مشاركته، محمية بكلمة سر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register.</source>
        <translation>
            <numerusform>كُتب %n تقرير وسُجّل في سجل ما تمت مشاركته.</numerusform>
            <numerusform>كُتب %n تقرير وسُجّل في سجل ما تمت مشاركته.</numerusform>
            <numerusform>كُتب %n تقريران وسُجّلا في سجل ما تمت مشاركته.</numerusform>
            <numerusform>كُتبت %n تقارير وسُجّلت في سجل ما تمت مشاركته.</numerusform>
            <numerusform>كُتب %n تقريرًا وسُجّلت في سجل ما تمت مشاركته.</numerusform>
            <numerusform>كُتب %n تقرير وسُجّلت في سجل ما تمت مشاركته.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports are due.</source>
        <translation>لا توجد تقارير مستحقة.</translation>
    </message>
    <message>
        <source>An interrupted restore was completed first.</source>
        <translation>أُكملت أولًا عملية استعادة كانت قد توقفت.</translation>
    </message>
    <message>
        <source>cannot read the recovery key: {reason}</source>
        <translation>لا يمكن قراءة مفتاح الاسترداد: {reason}</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>عبارة مرور النسخة الاحتياطية: </translation>
    </message>
    <message>
        <source>Restore this backup? The current case file is kept as a backup first. [y/N] </source>
        <translation>استعادة هذه النسخة الاحتياطية؟ يُحفظ دفتر المتابعة الحالي أولًا كنسخة احتياطية. [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The current case file could not be read: the period length and issued summaries of the backup now apply.</source>
        <translation>تعذّرت قراءة دفتر المتابعة الحالي: تسري الآن مدة الفترة والملخصات الصادرة الموجودة في النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The previous case file was kept in {path}.</source>
        <translation>حُفظ دفتر المتابعة السابق في {path}.</translation>
    </message>
    <message>
        <source>Backup restored. Open the case with the backup&apos;s passphrase.</source>
        <translation>تمت استعادة النسخة الاحتياطية. افتحوا دفتر المتابعة بعبارة مرور النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>unknown period &apos;{period}&apos;: use a year (2026), quarter (2026-Q3) or month (2026-07)</source>
        <translation>فترة غير معروفة &apos;{period}&apos;: استخدموا سنة (2026) أو ربع سنة (2026-Q3) أو شهرًا (2026-07)</translation>
    </message>
    <message>
        <source>note: this period was issued before; its label of then is kept.</source>
        <translation>ملاحظة: صدرت هذه الفترة من قبل؛ تبقى تسميتها السابقة.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised summary {period} saved to {files}: {counted} newcomers counted, {left_out} not counted (no consent), %n number(s) hidden (a number about fewer than {k} newcomers is not shown).</source>
        <translation>
            <numerusform>حُفظ الملخص مجهول الهوية {period} في {files}: احتُسب {counted} من الوافدين الجدد، ولم يُحتسب {left_out} (بلا موافقة)، وأُخفي %n رقم (الرقم الذي يخص أقل من {k} من الوافدين الجدد لا يُعرض).</numerusform>
            <numerusform>حُفظ الملخص مجهول الهوية {period} في {files}: احتُسب {counted} من الوافدين الجدد، ولم يُحتسب {left_out} (بلا موافقة)، وأُخفي %n رقم (الرقم الذي يخص أقل من {k} من الوافدين الجدد لا يُعرض).</numerusform>
            <numerusform>حُفظ الملخص مجهول الهوية {period} في {files}: احتُسب {counted} من الوافدين الجدد، ولم يُحتسب {left_out} (بلا موافقة)، وأُخفي %n رقمان (الرقم الذي يخص أقل من {k} من الوافدين الجدد لا يُعرض).</numerusform>
            <numerusform>حُفظ الملخص مجهول الهوية {period} في {files}: احتُسب {counted} من الوافدين الجدد، ولم يُحتسب {left_out} (بلا موافقة)، وأُخفي %n أرقام (الرقم الذي يخص أقل من {k} من الوافدين الجدد لا يُعرض).</numerusform>
            <numerusform>حُفظ الملخص مجهول الهوية {period} في {files}: احتُسب {counted} من الوافدين الجدد، ولم يُحتسب {left_out} (بلا موافقة)، وأُخفي %n رقمًا (الرقم الذي يخص أقل من {k} من الوافدين الجدد لا يُعرض).</numerusform>
            <numerusform>حُفظ الملخص مجهول الهوية {period} في {files}: احتُسب {counted} من الوافدين الجدد، ولم يُحتسب {left_out} (بلا موافقة)، وأُخفي %n رقم (الرقم الذي يخص أقل من {k} من الوافدين الجدد لا يُعرض).</numerusform>
        </translation>
    </message>
    <message>
        <source>This case file now makes summaries per {kind}; that is fixed, so summaries cannot be subtracted from each other.</source>
        <translation>يُعدّ دفتر المتابعة هذا الآن الملخصات لكل {kind}؛ وهذا ثابت، حتى لا يمكن طرح الملخصات بعضها من بعض.</translation>
    </message>
    <message>
        <source>This period was issued on {date}: these are the same figures as then (the data changed since; those changes are not counted).</source>
        <translation>صدرت هذه الفترة بتاريخ {date}: هذه هي الأرقام نفسها كما في ذلك الوقت (تغيّرت البيانات منذ ذلك الحين؛ ولا تُحتسب هذه التغييرات).</translation>
    </message>
    <message>
        <source>This period was issued on {date}: these are the same figures as then.</source>
        <translation>صدرت هذه الفترة بتاريخ {date}: هذه هي الأرقام نفسها كما في ذلك الوقت.</translation>
    </message>
    <message numerus="yes">
        <source>Appointments written: {0} (%n appointment(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>كُتبت المواعيد: {0} (%n موعد)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
            <numerusform>كُتبت المواعيد: {0} (%n موعد)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
            <numerusform>كُتبت المواعيد: {0} (%n موعدان)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
            <numerusform>كُتبت المواعيد: {0} (%n مواعيد)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
            <numerusform>كُتبت المواعيد: {0} (%n موعدًا)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
            <numerusform>كُتبت المواعيد: {0} (%n موعد)، وسُجّلت على أنها أُعطيت للوافد الجديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>--weeks must be 1..{max}</source>
        <translation>يجب أن تكون قيمة --weeks بين 1 و{max}</translation>
    </message>
    <message>
        <source>--language: unknown language {0!r}; choose one of {1}</source>
        <translation>--language: لغة غير معروفة {0!r}؛ اختاروا واحدة من {1}</translation>
    </message>
    <message>
        <source>Consent sheet {0} written: {1}, recorded as given to the newcomer.</source>
        <translation>كُتبت استمارة الموافقة {0}: {1}، وسُجّلت على أنها أُعطيت للوافد الجديد.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>المعاملات الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>عرض رسالة المساعدة هذه والخروج</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>عرض الإصدار والخروج</translation>
    </message>
    <message>
        <source>Sleutelapp: the case file of a key person (offline, encrypted).</source>
        <translation>Sleutelapp: دفتر متابعة الشخص المرجعي (دون اتصال، مشفّر).</translation>
    </message>
    <message>
        <source>folder of the case file (default: SLEUTELAPP_HOME or the user data folder)</source>
        <translation>مجلد دفتر المتابعة (الافتراضي: SLEUTELAPP_HOME أو مجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <source>what is coming up: planned appointments and open tasks (--ics: as a calendar file)</source>
        <translation>ما هو قادم: المواعيد المخطط لها والمهام المفتوحة (--ics: كملف تقويم)</translation>
    </message>
    <message>
        <source>write an iCalendar file (private by default: initials, no place, health appointments without their type; recorded in the disclosure register)</source>
        <translation>كتابة ملف iCalendar (خاص افتراضيًا: الأحرف الأولى، بلا مكان، المواعيد الصحية بلا نوعها؛ مسجّل في سجل ما تمت مشاركته)</translation>
    </message>
    <message>
        <source>write this week as a PDF to print (private by default, like --ics; recorded in the disclosure register)</source>
        <translation>كتابة هذا الأسبوع بصيغة PDF للطباعة (خاص افتراضيًا، مثل --ics؛ مسجّل في سجل ما تمت مشاركته)</translation>
    </message>
    <message>
        <source>how names appear in the calendar file (default: initials)</source>
        <translation>كيف تظهر الأسماء في ملف التقويم (الافتراضي: الأحرف الأولى)</translation>
    </message>
    <message>
        <source>put the place of appointments in the calendar file</source>
        <translation>إضافة مكان المواعيد إلى ملف التقويم</translation>
    </message>
    <message>
        <source>name the type of health appointments (GP, hospital, ...) in the calendar file</source>
        <translation>ذكر نوع المواعيد الصحية (طبيب العائلة، المستشفى، ...) في ملف التقويم</translation>
    </message>
    <message>
        <source>where the calendar file goes, for the disclosure register</source>
        <translation>إلى أين يذهب ملف التقويم، من أجل سجل ما تمت مشاركته</translation>
    </message>
    <message>
        <source>write a verified backup file (default: into the backup folder)</source>
        <translation>كتابة ملف نسخة احتياطية تم التحقق منه (الافتراضي: في مجلد النسخ الاحتياطية)</translation>
    </message>
    <message>
        <source>where to write the backup, e.g. on a USB stick</source>
        <translation>مكان كتابة النسخة الاحتياطية، مثلًا على ذاكرة USB</translation>
    </message>
    <message>
        <source>check the case file (integrity and encryption) and say whether all is well</source>
        <translation>فحص دفتر المتابعة (السلامة والتشفير) وإخباركم إن كان كل شيء على ما يرام</translation>
    </message>
    <message>
        <source>add fictional demo data (deterministic per --seed)</source>
        <translation>إضافة بيانات تجريبية وهمية (ثابتة حسب --seed)</translation>
    </message>
    <message>
        <source>list the disclosure register (every export that left the device)</source>
        <translation>عرض سجل ما تمت مشاركته (كل تصدير غادر الجهاز)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>مخرجات قابلة للقراءة آليًا</translation>
    </message>
    <message>
        <source>only exports about this newcomer (id or unambiguous name)</source>
        <translation>فقط عمليات التصدير الخاصة بهذا الوافد الجديد (المعرّف أو اسم لا لبس فيه)</translation>
    </message>
    <message>
        <source>erase one newcomer for good (id or unambiguous name; asks first, --yes to skip)</source>
        <translation>حذف وافد جديد واحد نهائيًا (المعرّف أو اسم لا لبس فيه؛ يسأل أولًا، --yes لتخطي السؤال)</translation>
    </message>
    <message>
        <source>write the newcomer&apos;s coming appointments on paper for them, in their language (PDF)</source>
        <translation>كتابة المواعيد القادمة للوافد الجديد على الورق له، بلغته (PDF)</translation>
    </message>
    <message>
        <source>id or unambiguous name</source>
        <translation>المعرّف أو اسم لا لبس فيه</translation>
    </message>
    <message>
        <source>weeks ahead (default 4)</source>
        <translation>عدد الأسابيع القادمة (الافتراضي 4)</translation>
    </message>
    <message>
        <source>language code (default: the newcomer&apos;s language)</source>
        <translation>رمز اللغة (الافتراضي: لغة الوافد الجديد)</translation>
    </message>
    <message>
        <source>erase without asking (automation)</source>
        <translation>الحذف دون سؤال (للأتمتة)</translation>
    </message>
    <message>
        <source>export portable data JSON (everything, in plain text: keep the file safe)</source>
        <translation>تصدير البيانات القابلة للنقل بصيغة JSON (كل شيء، نص غير مشفّر: احفظوا الملف بأمان)</translation>
    </message>
    <message>
        <source>only this newcomer (id or name)</source>
        <translation>هذا الوافد الجديد فقط (المعرّف أو الاسم)</translation>
    </message>
    <message>
        <source>who receives the file (kept in the disclosure register)</source>
        <translation>من يستلم الملف (يُحفظ في سجل ما تمت مشاركته)</translation>
    </message>
    <message>
        <source>start the app (--smoke: show the unlock page, or unlock and show the data, quit)</source>
        <translation>تشغيل التطبيق (--smoke: عرض صفحة فتح القفل، أو فتح القفل وعرض البيانات، ثم الخروج)</translation>
    </message>
    <message>
        <source>show the unlock page, or with SLEUTELAPP_PASSPHRASE unlock and show the main window with its data; process events and exit 0 (tests, packaging)</source>
        <translation>عرض صفحة فتح القفل، أو مع SLEUTELAPP_PASSPHRASE فتح القفل وعرض النافذة الرئيسية ببياناتها؛ معالجة الأحداث والخروج بالرمز 0 (للاختبارات والتحزيم)</translation>
    </message>
    <message>
        <source>hand newcomers over to a colleague in an encrypted file (prints a one-time code)</source>
        <translation>تسليم وافدين جدد إلى زميل في ملف مشفّر (يطبع رمزًا لمرة واحدة)</translation>
    </message>
    <message>
        <source>name of the colleague</source>
        <translation>اسم الزميل</translation>
    </message>
    <message>
        <source>write the transfer code to F instead of printing it</source>
        <translation>كتابة رمز التسليم في F بدلًا من طباعته</translation>
    </message>
    <message>
        <source>import portable data JSON (format sleutelapp-data v1), all or nothing</source>
        <translation>استيراد البيانات القابلة للنقل بصيغة JSON (الصيغة sleutelapp-data v1)، كلها أو لا شيء</translation>
    </message>
    <message>
        <source>create a new encrypted case file (refuses when one exists)</source>
        <translation>إنشاء دفتر متابعة مشفّر جديد (يرفض إذا كان هناك دفتر موجود)</translation>
    </message>
    <message>
        <source>also write the recovery key to FILE (print it and keep it safe)</source>
        <translation>كتابة مفتاح الاسترداد أيضًا في FILE (اطبعوه واحفظوه بأمان)</translation>
    </message>
    <message>
        <source>write everything the case file holds about one newcomer, for them (PDF)</source>
        <translation>كتابة كل ما يحتويه دفتر المتابعة عن وافد جديد واحد، له هو (PDF)</translation>
    </message>
    <message>
        <source>the newcomer&apos;s language, with the Dutch beside it (default: the language in their profile, else Dutch alone)</source>
        <translation>لغة الوافد الجديد، مع الهولندية بجانبها (الافتراضي: اللغة في ملفه الشخصي، وإلا فالهولندية وحدها)</translation>
    </message>
    <message>
        <source>merge anonymised summaries of one period (no case file needed)</source>
        <translation>دمج الملخصات مجهولة الهوية لفترة واحدة (لا حاجة إلى دفتر متابعة)</translation>
    </message>
    <message>
        <source>also write an overview PDF</source>
        <translation>كتابة ملخص عام بصيغة PDF أيضًا</translation>
    </message>
    <message>
        <source>list newcomers</source>
        <translation>عرض قائمة الوافدين الجدد</translation>
    </message>
    <message>
        <source>only newcomers whose name or entries match TEXT</source>
        <translation>فقط الوافدون الجدد الذين يطابق اسمهم أو بنودهم TEXT</translation>
    </message>
    <message>
        <source>change the passphrase (new one from SLEUTELAPP_NEW_PASSPHRASE or a prompt)</source>
        <translation>تغيير عبارة المرور (الجديدة من SLEUTELAPP_NEW_PASSPHRASE أو بالسؤال)</translation>
    </message>
    <message>
        <source>erase every closed newcomer past the retention period (--dry-run: only list them)</source>
        <translation>حذف كل وافد جديد مغلق تجاوز مدة الاحتفاظ (--dry-run: عرضهم فقط)</translation>
    </message>
    <message>
        <source>list who is due; erase nothing</source>
        <translation>عرض من حان وقت حذفه؛ دون حذف أي شيء</translation>
    </message>
    <message>
        <source>receive a colleague&apos;s handover file (code from SLEUTELAPP_TRANSFER_CODE, a file or a prompt)</source>
        <translation>استلام ملف تسليم من زميل (الرمز من SLEUTELAPP_TRANSFER_CODE أو من ملف أو بالسؤال)</translation>
    </message>
    <message>
        <source>read the transfer code from the first line of F</source>
        <translation>قراءة رمز التسليم من السطر الأول في F</translation>
    </message>
    <message>
        <source>write the PDF report for the inburgeringsregisseur (needs the newcomer&apos;s consent)</source>
        <translation>كتابة تقرير PDF لمسؤول الاندماج (inburgeringsregisseur) (يتطلب موافقة الوافد الجديد)</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD (default: start of last calendar month)</source>
        <translation>أول يوم في الفترة، YYYY-MM-DD (الافتراضي: بداية الشهر الميلادي الماضي)</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: end of last calendar month, or today when --from is given)</source>
        <translation>آخر يوم في الفترة، YYYY-MM-DD (الافتراضي: نهاية الشهر الميلادي الماضي، أو اليوم إذا أُعطي --from)</translation>
    </message>
    <message>
        <source>name of the regisseur who receives the report</source>
        <translation>اسم مسؤول الاندماج الذي يستلم التقرير</translation>
    </message>
    <message>
        <source>protect the PDF with the password in the first line of F (AES-256)</source>
        <translation>حماية ملف PDF بكلمة السر الموجودة في السطر الأول من F (AES-256)</translation>
    </message>
    <message>
        <source>list the regisseur reports that are due, or write them all into a folder (-o DIR)</source>
        <translation>عرض تقارير مسؤول الاندماج المستحقة، أو كتابتها كلها في مجلد (-o DIR)</translation>
    </message>
    <message>
        <source>the reports due for the last complete month or quarter (the schedule)</source>
        <translation>التقارير المستحقة لآخر شهر أو ربع سنة مكتمل (حسب الجدول)</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>طباعة JSON بدلًا من النص</translation>
    </message>
    <message>
        <source>write one PDF per due newcomer into this existing folder and register each</source>
        <translation>كتابة ملف PDF لكل وافد جديد مستحق في هذا المجلد الموجود وتسجيل كل واحد منها</translation>
    </message>
    <message>
        <source>protect every PDF with the password in the first line of F (AES-256)</source>
        <translation>حماية كل ملف PDF بكلمة السر الموجودة في السطر الأول من F (AES-256)</translation>
    </message>
    <message>
        <source>the regisseur who receives the reports (default: each newcomer&apos;s own regisseur)</source>
        <translation>مسؤول الاندماج الذي يستلم التقارير (الافتراضي: مسؤول الاندماج الخاص بكل وافد جديد)</translation>
    </message>
    <message>
        <source>restore a backup (checked first; the current case file is kept as a backup)</source>
        <translation>استعادة نسخة احتياطية (يُتحقق منها أولًا؛ يُحفظ دفتر المتابعة الحالي كنسخة احتياطية)</translation>
    </message>
    <message>
        <source>unlock the backup with the recovery key in FILE instead of the passphrase</source>
        <translation>فتح قفل النسخة الاحتياطية بمفتاح الاسترداد الموجود في FILE بدلًا من عبارة المرور</translation>
    </message>
    <message>
        <source>do not ask for confirmation in a terminal</source>
        <translation>عدم طلب التأكيد في الطرفية</translation>
    </message>
    <message>
        <source>anonymised summary of a period (YYYY, YYYY-Qn or YYYY-MM) as JSON, optionally PDF</source>
        <translation>ملخص مجهول الهوية لفترة (YYYY أو YYYY-Qn أو YYYY-MM) بصيغة JSON، وPDF اختياريًا</translation>
    </message>
    <message>
        <source>a calendar year (2026), quarter (2026-Q3) or month (2026-07)</source>
        <translation>سنة ميلادية (2026) أو ربع سنة (2026-Q3) أو شهر (2026-07)</translation>
    </message>
    <message>
        <source>also write the summary as a PDF</source>
        <translation>كتابة الملخص بصيغة PDF أيضًا</translation>
    </message>
    <message>
        <source>optional label for the coordinator, e.g. a neighbourhood (no names of people)</source>
        <translation>تسمية اختيارية للمنسّق، مثلًا اسم حيّ (بلا أسماء أشخاص)</translation>
    </message>
    <message>
        <source>write the consent sheet for a newcomer to read and sign, in their language (PDF)</source>
        <translation>كتابة استمارة الموافقة ليقرأها الوافد الجديد ويوقّعها، بلغته (PDF)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consents of {0}</source>
        <translation>موافقات {0}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>أُعطيت في</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>سُحبت في</translation>
    </message>
    <message>
        <source>given</source>
        <translation>أُعطيت</translation>
    </message>
    <message>
        <source>how</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>signed on sheet</source>
        <translation>موقّعة على الاستمارة</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>بلا استمارة</translation>
    </message>
    <message>
        <source>sheet {0} of {1}</source>
        <translation>الاستمارة {0} بتاريخ {1}</translation>
    </message>
    <message>
        <source>sheet {0}</source>
        <translation>الاستمارة {0}</translation>
    </message>
    <message>
        <source>Fill in a date, like 15-03-2024.</source>
        <translation>أدخلوا تاريخًا، مثل 15-03-2024.</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a date; type it as day-month-year, e.g. 15-03-2024.</source>
        <translation>{0}: «{1}» ليس تاريخًا. اكتبوه بصيغة يوم-شهر-سنة، مثل 15-03-2024.</translation>
    </message>
    <message>
        <source>You may send the report for the regisseur (PDF) about this newcomer to the inburgeringsregisseur.</source>
        <translation>يجوز لكم إرسال التقرير الخاص بمسؤول الاندماج (PDF) عن هذا الوافد الجديد إلى مسؤول الاندماج في البلدية (inburgeringsregisseur).</translation>
    </message>
    <message>
        <source>The number of care appointments (never what they were about) may appear in that report.</source>
        <translation>يجوز أن يظهر في ذلك التقرير عدد مواعيد الرعاية (دون موضوعها أبدًا).</translation>
    </message>
    <message>
        <source>This newcomer is counted in anonymised summaries.</source>
        <translation>يُحتسب هذا الوافد الجديد في الملخصات المجهولة الهوية.</translation>
    </message>
    <message>
        <source>Given on {0} ({1}).</source>
        <translation>أُعطيت في {0} ({1}).</translation>
    </message>
    <message>
        <source>Withdrawn on {0}.</source>
        <translation>سُحبت في {0}.</translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation>لم تُعطَ.</translation>
    </message>
    <message>
        <source>{0}: the day it was given is in the future.</source>
        <translation>{0}: يوم إعطاء الموافقة في المستقبل.</translation>
    </message>
    <message>
        <source>{0}: the day it was withdrawn is in the future.</source>
        <translation>{0}: يوم السحب في المستقبل.</translation>
    </message>
    <message>
        <source>{0}: it cannot be withdrawn before it was given ({1}).</source>
        <translation>{0}: لا يمكن سحب الموافقة قبل يوم إعطائها ({1}).</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Tick what the newcomer agreed to and on which day; tick &quot;withdrawn on&quot; when they take it back. Use Tab to go on and Space to tick.</source>
        <translation>ضعوا علامة على ما وافق عليه الوافد الجديد وفي أي يوم. وإذا تراجع عن موافقته، ضعوا علامة على «سُحبت في». انتقلوا بزر Tab، وضعوا العلامة بمفتاح المسافة.</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>لأي غرض</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>أُعطيت</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>for example: signed form in the folder (optional)</source>
        <translation>مثلًا: استمارة موقّعة في المجلد (اختياري)</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>أُعطيت في</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>سُحبت في</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n وافد جديد</numerusform>
            <numerusform>%n وافد جديد</numerusform>
            <numerusform>%n وافدان جديدان</numerusform>
            <numerusform>%n وافدين جدد</numerusform>
            <numerusform>%n وافدًا جديدًا</numerusform>
            <numerusform>%n وافد جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n مشكلة</numerusform>
            <numerusform>%n مشكلة</numerusform>
            <numerusform>%n مشكلتان</numerusform>
            <numerusform>%n مشكلات</numerusform>
            <numerusform>%n مشكلةً</numerusform>
            <numerusform>%n مشكلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s)</source>
        <translation>
            <numerusform>%n ملخص</numerusform>
            <numerusform>%n ملخص</numerusform>
            <numerusform>%n ملخصان</numerusform>
            <numerusform>%n ملخصات</numerusform>
            <numerusform>%n ملخصًا</numerusform>
            <numerusform>%n ملخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s)</source>
        <translation>
            <numerusform>%n مرة تواصل</numerusform>
            <numerusform>%n مرة تواصل</numerusform>
            <numerusform>%n مرتا تواصل</numerusform>
            <numerusform>%n مرات تواصل</numerusform>
            <numerusform>%n مرةً تواصل</numerusform>
            <numerusform>%n مرة تواصل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n عنصر</numerusform>
            <numerusform>%n عنصر</numerusform>
            <numerusform>%n عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n موافقة</numerusform>
            <numerusform>%n موافقة</numerusform>
            <numerusform>%n موافقتان</numerusform>
            <numerusform>%n موافقات</numerusform>
            <numerusform>%n موافقةً</numerusform>
            <numerusform>%n موافقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n مشاركة</numerusform>
            <numerusform>%n مشاركة</numerusform>
            <numerusform>%n مشاركتان</numerusform>
            <numerusform>%n مشاركات</numerusform>
            <numerusform>%n مشاركةً</numerusform>
            <numerusform>%n مشاركة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n رقم</numerusform>
            <numerusform>%n رقم</numerusform>
            <numerusform>%n رقمان</numerusform>
            <numerusform>%n أرقام</numerusform>
            <numerusform>%n رقمًا</numerusform>
            <numerusform>%n رقم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n تقرير</numerusform>
            <numerusform>%n تقرير</numerusform>
            <numerusform>%n تقريران</numerusform>
            <numerusform>%n تقارير</numerusform>
            <numerusform>%n تقريرًا</numerusform>
            <numerusform>%n تقرير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Sleutelapp ran into an unexpected problem. What you saved is safe; the window you were working in stays open. If this happens again, copy the report below and send it to whoever supports you. It contains no names and no text you typed.</source>
        <translation>واجه Sleutelapp مشكلة غير متوقعة. ما حفظتموه آمن، والنافذة التي كنتم تعملون فيها تبقى مفتوحة. إذا تكرر ذلك، انسخوا التقرير أدناه وأرسلوه إلى من يقدّم لكم الدعم. لا يحتوي التقرير على أسماء ولا على نص كتبتموه.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير الخطأ</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>نسخ التقرير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>يوم-شهر-سنة</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>الاختيار من تقويم (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>This date does not exist. Type it as dd-mm-yyyy.</source>
        <translation>هذا التاريخ غير موجود. اكتبوه بصيغة يوم-شهر-سنة.</translation>
    </message>
    <message>
        <source>This is not a date. Type it as dd-mm-yyyy, like 15-03-2024.</source>
        <translation>هذا ليس تاريخًا. اكتبوه بصيغة يوم-شهر-سنة، مثل 15-03-2024.</translation>
    </message>
    <message>
        <source>A termijn cannot start in the future. Check the date.</source>
        <translation>لا يمكن أن تبدأ المهلة في المستقبل. تحققوا من التاريخ.</translation>
    </message>
    <message>
        <source>This date lies in the future. Check the date.</source>
        <translation>هذا التاريخ في المستقبل. تحققوا من التاريخ.</translation>
    </message>
    <message>
        <source>A date before {0} is not possible here. Check the year.</source>
        <translation>لا يمكن إدخال تاريخ قبل {0} هنا. تحققوا من السنة.</translation>
    </message>
    <message>
        <source>A date after {0} is not possible here. Check the year.</source>
        <translation>لا يمكن إدخال تاريخ بعد {0} هنا. تحققوا من السنة.</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>In</source>
        <translation>مُدرج</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>مُستبعد</translation>
    </message>
    <message>
        <source>Uncheck to leave this out.</source>
        <translation>أزيلوا العلامة لاستبعاد هذا.</translation>
    </message>
    <message>
        <source>The privacy rules keep this out of the report.</source>
        <translation>قواعد الخصوصية تُبقي هذا خارج التقرير.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>In report</source>
        <translation>في التقرير</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>DisclosuresModel</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>إلى من</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Summary for the regisseur</source>
        <translation>تقرير لمسؤول الاندماج</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>ملخص مجهول الهوية</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>Handover to a colleague</source>
        <translation>تسليم إلى زميل</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>نسخة للوافد الجديد</translation>
    </message>
    <message>
        <source>Agenda for your calendar</source>
        <translation>ملف مواعيد لتقويمكم</translation>
    </message>
    <message>
        <source>Week of the agenda on paper</source>
        <translation>أسبوع المواعيد على الورق</translation>
    </message>
    <message>
        <source>Appointments on paper for the newcomer</source>
        <translation>المواعيد على الورق للوافد الجديد</translation>
    </message>
    <message>
        <source>Consent sheet for the newcomer</source>
        <translation>استمارة الموافقة للوافد الجديد</translation>
    </message>
</context>
<context>
    <name>DueReportsDialog</name>
    <message>
        <source>&amp;Make reports</source>
        <translation>إعداد التقارير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>معاينة التقرير</translation>
    </message>
    <message>
        <source>Reports to make</source>
        <translation>التقارير المطلوب إعدادها</translation>
    </message>
    <message>
        <source>All reports are made: nothing is due.</source>
        <translation>تم إعداد كل التقارير: لا شيء مستحق الآن.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} report(s) ticked.</source>
        <translation>
            <numerusform>التقارير المحددة: %n من {0}.</numerusform>
            <numerusform>التقارير المحددة: %n من {0}.</numerusform>
            <numerusform>التقارير المحددة: %n من {0}.</numerusform>
            <numerusform>التقارير المحددة: %n من {0}.</numerusform>
            <numerusform>التقارير المحددة: %n من {0}.</numerusform>
            <numerusform>التقارير المحددة: %n من {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>مجلد التقارير</translation>
    </message>
    <message>
        <source>Making the reports…</source>
        <translation>جارٍ إعداد التقارير…</translation>
    </message>
    <message>
        <source>Not all reports were made</source>
        <translation>لم يتم إعداد كل التقارير</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>تم إعداد التقارير</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) saved in {0}. Each one is recorded on the Shared tab of its newcomer.</source>
        <translation>
            <numerusform>حُفظ %n تقرير في {0}. يظهر كل تقرير في تبويب «المُشارَك» للوافد الجديد المعني.</numerusform>
            <numerusform>حُفظ %n تقرير في {0}. يظهر في تبويب «المُشارَك» للوافد الجديد المعني.</numerusform>
            <numerusform>حُفظ %n تقريران في {0}. يظهر كل تقرير في تبويب «المُشارَك» للوافد الجديد المعني.</numerusform>
            <numerusform>حُفظت %n تقارير في {0}. يظهر كل تقرير في تبويب «المُشارَك» للوافد الجديد المعني.</numerusform>
            <numerusform>حُفظ %n تقريرًا في {0}. يظهر كل تقرير في تبويب «المُشارَك» للوافد الجديد المعني.</numerusform>
            <numerusform>حُفظ %n تقرير في {0}. يظهر كل تقرير في تبويب «المُشارَك» للوافد الجديد المعني.</numerusform>
        </translation>
    </message>
    <message>
        <source>All files have the password you typed.</source>
        <translation>كل الملفات محمية بكلمة السر التي كتبتموها.</translation>
    </message>
    <message>
        <source>Reports due for the regisseur</source>
        <translation>تقارير مستحقة لمسؤول الاندماج</translation>
    </message>
    <message>
        <source>These reports for the last complete month or quarter have not been made yet. Each one goes into its own file and is recorded in the register of what was shared.</source>
        <translation>هذه التقارير عن آخر شهر كامل أو ربع سنة كامل لم تُعدّ بعد. يوضع كل تقرير في ملف مستقل، ويُسجَّل في سجل ما تمت مشاركته.</translation>
    </message>
    <message>
        <source>&amp;Reports to make (Space ticks or unticks one):</source>
        <translation>التقارير المطلوب إعدادها (مفتاح المسافة يضع العلامة أو يزيلها):</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>R&amp;ecipient</source>
        <translation>المستلِم</translation>
    </message>
    <message>
        <source>empty = the regisseur in each newcomer&apos;s profile</source>
        <translation>فارغ = مسؤول الاندماج المذكور في ملف كل وافد جديد</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>كلمة السر (اختياري)</translation>
    </message>
    <message>
        <source>for all files; empty = none</source>
        <translation>لكل الملفات؛ فارغ = بدون</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Preview of the chosen report, as it will be saved (the password is added when saving).</source>
        <translation>معاينة التقرير المختار كما سيُحفظ (تُضاف كلمة السر عند الحفظ).</translation>
    </message>
</context>
<context>
    <name>DueReportsModel</name>
    <message>
        <source>Newcomer</source>
        <translation>الوافد الجديد</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} لـ {1}</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>&amp;What about</source>
        <translation>بخصوص ماذا</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>We do this &amp;together</source>
        <translation>نقوم بهذا معًا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Fill in a date, like 15-03-2024.</source>
        <translation>أدخلوا تاريخًا، مثل 15-03-2024.</translation>
    </message>
    <message>
        <source>Fill in how many hours, like 1,5.</source>
        <translation>أدخلوا عدد الساعات، مثل 1,5.</translation>
    </message>
    <message>
        <source>Write the note first; an empty note is not saved.</source>
        <translation>اكتبوا الملاحظة أولًا؛ الملاحظة الفارغة لا تُحفظ.</translation>
    </message>
    <message>
        <source>Write what needs to be done.</source>
        <translation>اكتبوا ما يجب فعله.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>Did the appointment take place?</source>
        <translation>هل تم الموعد؟</translation>
    </message>
    <message>
        <source>This appointment lies in the past but is still marked planned. What happened?</source>
        <translation>هذا الموعد في الماضي لكنه ما زال بحالة «مخطط له». ماذا حدث؟</translation>
    </message>
    <message>
        <source>Keep planned</source>
        <translation>إبقاؤه مخططًا له</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; the text seems to contain {0}. Such identifiers do not belong in notes. Remove it, or press Enter again to save anyway.</source>
        <translation>&lt;b&gt;تنبيه:&lt;/b&gt; يبدو أن النص يحتوي على {0}. هذه البيانات التعريفية لا مكان لها في الملاحظات. احذفوها، أو اضغطوا Enter مرة أخرى للحفظ رغم ذلك.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>الحفظ رغم ذلك</translation>
    </message>
    <message>
        <source>Discard this entry?</source>
        <translation>تجاهل هذا الإدخال؟</translation>
    </message>
    <message>
        <source>You typed something that is not saved yet. Throw it away?</source>
        <translation>كتبتم شيئًا لم يُحفظ بعد. هل تريدون التخلص منه؟</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Choose Cancel to go back and save it.</source>
        <translation>اختاروا «إلغاء» للرجوع وحفظه.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>سا:دق</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>المدة (بالدقائق)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>I go along (&amp;accompanied)</source>
        <translation>سأذهب أيضًا (مرافقة)</translation>
    </message>
    <message>
        <source>For a care appointment only the logistics are kept: when, where and whether you go along. There is deliberately no field for the reason or a diagnosis.</source>
        <translation>في موعد الرعاية تُحفظ الأمور العملية فقط: متى، وأين، وهل تذهبون أيضًا. لا يوجد عمدًا حقل للسبب أو للتشخيص.</translation>
    </message>
    <message>
        <source>S&amp;hareable: this text may appear in the summary for the regisseur</source>
        <translation>قابل للمشاركة: يجوز أن يظهر هذا النص في التقرير لمسؤول الاندماج</translation>
    </message>
    <message>
        <source>Enter saves. Shift+Enter starts a new line.</source>
        <translation>Enter للحفظ. Shift+Enter لبدء سطر جديد.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Request an extension for {0}</source>
        <translation>طلب تمديد لـ {0}</translation>
    </message>
    <message>
        <source>Extension request of {0}</source>
        <translation>طلب تمديد {0}</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>لا قرار بعد</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Note: {0} (source: {1})</source>
        <translation>تنبيه: {0} (المصدر: {1})</translation>
    </message>
    <message>
        <source>DUO answers within 8 weeks: expected by {0}.</source>
        <translation>ترد DUO خلال 8 أسابيع: الرد متوقع بحلول {0}.</translation>
    </message>
    <message>
        <source>A task for that day is added.</source>
        <translation>ستُضاف مهمة لذلك اليوم.</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a date; type it as day-month-year, e.g. 15-03-2026.</source>
        <translation>{0}: «{1}» ليس تاريخًا. اكتبوه بصيغة يوم-شهر-سنة، مثل 15-03-2026.</translation>
    </message>
    <message>
        <source>Sent to DUO on</source>
        <translation>أُرسل إلى DUO في</translation>
    </message>
    <message>
        <source>The day it was sent is in the future.</source>
        <translation>يوم الإرسال في المستقبل.</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>تاريخ الرسالة</translation>
    </message>
    <message>
        <source>The date of the letter is in the future.</source>
        <translation>تاريخ الرسالة في المستقبل.</translation>
    </message>
    <message>
        <source>The letter cannot be dated before the request was sent ({0}).</source>
        <translation>لا يمكن أن يكون تاريخ الرسالة قبل إرسال الطلب ({0}).</translation>
    </message>
    <message>
        <source>Months granted: type a whole number from 1 to {0}.</source>
        <translation>عدد الأشهر الممنوحة: اكتبوا عددًا صحيحًا من 1 إلى {0}.</translation>
    </message>
    <message>
        <source>Extension of the termijn</source>
        <translation>تمديد المهلة</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Sent to DUO on</source>
        <translation>أُرسل إلى DUO في</translation>
    </message>
    <message>
        <source>day-month-year, for example 15-03-2026</source>
        <translation>يوم-شهر-سنة، مثلًا 15-03-2026</translation>
    </message>
    <message>
        <source>Evidence gathered</source>
        <translation>الإثباتات التي جُمعت</translation>
    </message>
    <message>
        <source>Tick a document when you have it. Do not put the document or what it says in the app.</source>
        <translation>ضعوا علامة على الوثيقة عندما تكون لديكم. لا تضعوا الوثيقة نفسها ولا محتواها في التطبيق.</translation>
    </message>
    <message>
        <source>Decision of DUO</source>
        <translation>قرار DUO</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>&amp;Months granted</source>
        <translation>الأشهر الممنوحة</translation>
    </message>
    <message>
        <source>for example 6</source>
        <translation>مثلًا 6</translation>
    </message>
    <message>
        <source>Date of the &amp;letter</source>
        <translation>تاريخ الرسالة</translation>
    </message>
</context>
<context>
    <name>ExtensionRequests</name>
    <message>
        <source>DUO&apos;s decision on the extension is expected</source>
        <translation>قرار DUO بشأن التمديد متوقع</translation>
    </message>
</context>
<context>
    <name>ExtensionRequestsModel</name>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>أُرسل في</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الإثباتات</translation>
    </message>
    <message>
        <source>Answer expected</source>
        <translation>الرد متوقع</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message numerus="yes">
        <source>Granted: %n month(s)</source>
        <translation>
            <numerusform>مقبول: %n شهر</numerusform>
            <numerusform>مقبول: %n شهر</numerusform>
            <numerusform>مقبول: %n شهران</numerusform>
            <numerusform>مقبول: %n أشهر</numerusform>
            <numerusform>مقبول: %n شهرًا</numerusform>
            <numerusform>مقبول: %n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} من {1}</translation>
    </message>
</context>
<context>
    <name>ExtensionRule</name>
    <message>
        <source>Fill in the start date of the termijn first.</source>
        <translation>املؤوا تاريخ بداية المهلة (termijn) أولًا.</translation>
    </message>
    <message>
        <source>For illness or death this is possible once the termijn has run 2.5 years: from {date}.</source>
        <translation>في حالة المرض أو الوفاة يكون هذا ممكنًا بعد مرور سنتين ونصف على المهلة: ابتداءً من {date}.</translation>
    </message>
    <message>
        <source>For this reason it is possible once the termijn ends within 6 months: from {date}.</source>
        <translation>لهذا السبب يكون ذلك ممكنًا عندما تنتهي المهلة خلال 6 أشهر: ابتداءً من {date}.</translation>
    </message>
    <message>
        <source>DUO does not extend the same period twice. It was already extended for this reason.</source>
        <translation>لا تمدّد DUO الفترة نفسها مرتين. وقد مُدّدت بالفعل لهذا السبب.</translation>
    </message>
    <message>
        <source>DUO has not yet decided on an earlier request.</source>
        <translation>لم تقرر DUO بعد بشأن طلب سابق.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتبوهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Welcome to Sleutelapp</source>
        <translation>مرحبًا بكم في Sleutelapp</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Your notes about the newcomers you guide are stored encrypted on this computer. Choose a passphrase that only you know: at least 8 characters, for example four unrelated words.</source>
        <translation>تُحفظ ملاحظاتكم عن الوافدين الجدد الذين ترشدونهم مشفّرةً على هذا الحاسوب. اختاروا عبارة مرور لا يعرفها أحد غيركم: 8 أحرف على الأقل، مثلًا أربع كلمات لا علاقة بينها.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>تكرار عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Just looking? Try the app with made-up newcomers in a separate demo file. Your own case file is not touched.</source>
        <translation>تريدون الاستكشاف أولًا؟ جرّبوا التطبيق مع وافدين جدد وهميين في ملف تجريبي منفصل. لن يُمسّ دفتر المتابعة الخاص بكم.</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>التجربة ببيانات وهمية</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>استعادة نسخة احتياطية…</translation>
    </message>
</context>
<context>
    <name>FirstStartProfile</name>
    <message>
        <source>Who keeps this case file?</source>
        <translation>من يدير دفتر المتابعة هذا؟</translation>
    </message>
    <message>
        <source>Your name and your organisation appear on the report for the regisseur. All three are optional; you can change them later under Settings.</source>
        <translation>يظهر اسمكم واسم مؤسستكم على التقرير لمسؤول الاندماج. الحقول الثلاثة اختيارية؛ يمكنكم تغييرها لاحقًا من «الإعدادات».</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>اسمكم</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>responsible for the data, e.g. the welfare organisation</source>
        <translation>المسؤولة عن البيانات، مثلًا مؤسسة الرعاية الاجتماعية</translation>
    </message>
    <message>
        <source>Organisation &amp;contact</source>
        <translation>جهة اتصال المؤسسة</translation>
    </message>
    <message>
        <source>e-mail or phone for privacy questions</source>
        <translation>بريد إلكتروني أو هاتف لأسئلة الخصوصية</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Create my case file</source>
        <translation>إنشاء دفتر المتابعة</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Sleutelapp transfer code (one-time):</source>
        <translation>رمز التسليم في Sleutelapp (لمرة واحدة):</translation>
    </message>
    <message numerus="yes">
        <source>Your colleague takes over %n newcomer(s). Do you want to close them in your case file, or erase them for good?</source>
        <translation>
            <numerusform>يتسلّم زميلكم %n وافد جديد. هل تريدون إغلاق ملفاتهم في دفتر المتابعة، أم حذفها نهائيًا؟</numerusform>
            <numerusform>يتسلّم زميلكم %n وافدًا جديدًا. هل تريدون إغلاق ملفه في دفتر المتابعة، أم حذفه نهائيًا؟</numerusform>
            <numerusform>يتسلّم زميلكم %n وافدَين جديدَين. هل تريدون إغلاق ملفيهما في دفتر المتابعة، أم حذفهما نهائيًا؟</numerusform>
            <numerusform>يتسلّم زميلكم %n وافدين جدد. هل تريدون إغلاق ملفاتهم في دفتر المتابعة، أم حذفها نهائيًا؟</numerusform>
            <numerusform>يتسلّم زميلكم %n وافدًا جديدًا. هل تريدون إغلاق ملفاتهم في دفتر المتابعة، أم حذفها نهائيًا؟</numerusform>
            <numerusform>يتسلّم زميلكم %n وافد جديد. هل تريدون إغلاق ملفاتهم في دفتر المتابعة، أم حذفها نهائيًا؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Close them</source>
        <translation>إغلاقها</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>حذف نهائي…</translation>
    </message>
    <message>
        <source>Keep as they are</source>
        <translation>إبقاؤها كما هي</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save the handover file</source>
        <translation>حفظ ملف التسليم</translation>
    </message>
    <message>
        <source>Choose where to save the handover file.</source>
        <translation>اختاروا مكان حفظ ملف التسليم.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>المجلد {0} غير موجود.</translation>
    </message>
    <message>
        <source>Tick at least one newcomer (Space).</source>
        <translation>ضعوا علامة على وافد جديد واحد على الأقل (مفتاح المسافة).</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} موجود مسبقًا. استبداله؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Writing the encrypted handover…</source>
        <translation>جارٍ كتابة ملف التسليم المشفّر…</translation>
    </message>
    <message>
        <source>All their data is erased from your case file for good, the search index included. Your colleague keeps the handed-over copy.</source>
        <translation>تُحذف كل بياناتهم من دفتر المتابعة نهائيًا، بما في ذلك فهرس البحث. ويحتفظ زميلكم بالنسخة المسلَّمة.</translation>
    </message>
    <message>
        <source>Shared before; tell these recipients:</source>
        <translation>شوركت سابقًا؛ أبلغوا هؤلاء المستلمين:</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n newcomer(s) for good?</source>
        <translation>
            <numerusform>حذف %n وافد جديد نهائيًا؟</numerusform>
            <numerusform>حذف %n وافد جديد نهائيًا؟</numerusform>
            <numerusform>حذف %n وافدَين جديدَين نهائيًا؟</numerusform>
            <numerusform>حذف %n وافدين جدد نهائيًا؟</numerusform>
            <numerusform>حذف %n وافدًا جديدًا نهائيًا؟</numerusform>
            <numerusform>حذف %n وافد جديد نهائيًا؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>تم الحذف.</translation>
    </message>
    <message>
        <source>Tell these recipients:</source>
        <translation>أبلغوا هؤلاء المستلمين:</translation>
    </message>
    <message>
        <source>Hand over to a colleague</source>
        <translation>التسليم إلى زميل</translation>
    </message>
    <message>
        <source>The chosen newcomers go into an encrypted file, with every entry, consent and disclosure. Your colleague opens it with a one-time code that you pass on another way (by phone or in person).</source>
        <translation>يوضع الوافدون الجدد المختارون في ملف مشفّر، مع كل البنود والموافقات وما تمت مشاركته. يفتحه زميلكم برمز لمرة واحدة تعطونه إياه بطريقة أخرى (بالهاتف أو شخصيًا).</translation>
    </message>
    <message>
        <source>&amp;Newcomers to hand over (Space ticks one):</source>
        <translation>الوافدون الجدد المراد تسليمهم (مفتاح المسافة لوضع علامة):</translation>
    </message>
    <message>
        <source>&amp;Colleague</source>
        <translation>الزميل</translation>
    </message>
    <message>
        <source>name of the colleague who takes over</source>
        <translation>اسم الزميل الذي يتسلّم</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
</context>
<context>
    <name>HoursField</name>
    <message>
        <source>for example 1,5</source>
        <translation>مثلًا 1,5</translation>
    </message>
    <message>
        <source>Type a number of hours, like 1,5 or 2.</source>
        <translation>اكتبوا عدد الساعات، مثل 1,5 أو 2.</translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message>
        <source>the newcomer themself</source>
        <translation>الوافد الجديد نفسه</translation>
    </message>
    <message>
        <source>inzage (GDPR art. 15)</source>
        <translation>الاطلاع (inzage، المادة 15 من AVG)</translation>
    </message>
    <message>
        <source>Report for the civic integration regisseur</source>
        <translation>التقرير لمسؤول الاندماج (inburgeringsregisseur)</translation>
    </message>
    <message>
        <source>Anonymous overview (counted, without name)</source>
        <translation>ملخص مجهول الهوية (احتساب فقط، بلا اسم)</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>Handover to a fellow key person</source>
        <translation>التسليم إلى شخص مرجعي آخر</translation>
    </message>
    <message>
        <source>Inzage for yourself</source>
        <translation>نسخة الاطلاع (inzage) لكم</translation>
    </message>
    <message>
        <source>Appointments in your key person&apos;s agenda</source>
        <translation>المواعيد في تقويم شخصكم المرجعي</translation>
    </message>
    <message>
        <source>Appointments on paper for your key person</source>
        <translation>المواعيد على الورق لشخصكم المرجعي</translation>
    </message>
    <message>
        <source>Your appointments on paper, for yourself</source>
        <translation>مواعيدكم على الورق، لكم</translation>
    </message>
    <message>
        <source>Consent form, for yourself</source>
        <translation>استمارة الموافقة، لكم</translation>
    </message>
    <message>
        <source>You have the right to see what is recorded about you (this overview), to have wrong data corrected and to have data erased (GDPR articles 15 to 17). When data is corrected or erased, we tell whoever received it before (article 19). Ask your key person or the organisation at the top of this overview.</source>
        <translation>لكم الحق في أن تروا ما هو مسجّل عنكم (هذه النسخة)، وأن تطلبوا تصحيح البيانات الخاطئة وحذف البيانات (المواد 15 إلى 17 من AVG). عندما تُصحَّح البيانات أو تُحذف، نُخبر من تسلّمها من قبل (المادة 19). اسألوا شخصكم المرجعي أو المؤسسة المذكورة في أعلى هذه النسخة.</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>كل ربع سنة</translation>
    </message>
    <message>
        <source>{schedule} (own schedule)</source>
        <translation>{schedule} (جدول خاص)</translation>
    </message>
    <message>
        <source>{schedule} (default)</source>
        <translation>{schedule} (الافتراضي)</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>الساعة {time}</translation>
    </message>
    <message>
        <source>place: {place}</source>
        <translation>المكان: {place}</translation>
    </message>
    <message>
        <source>topics: {topics}</source>
        <translation>المواضيع: {topics}</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} دقيقة</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} ساعة</translation>
    </message>
    <message>
        <source>accompanied</source>
        <translation>مع مرافقة</translation>
    </message>
    <message>
        <source>not accompanied</source>
        <translation>بلا مرافقة</translation>
    </message>
    <message>
        <source>may be shared</source>
        <translation>يجوز مشاركته</translation>
    </message>
    <message>
        <source>private (not shared)</source>
        <translation>خاص (لا تتم مشاركته)</translation>
    </message>
    <message>
        <source>Your data in Sleutelapp</source>
        <translation>بياناتكم في Sleutelapp</translation>
    </message>
    <message>
        <source>Inzage for {name}, made on {date}</source>
        <translation>نسخة الاطلاع (inzage) لـ {name}، أُعدّت في {date}</translation>
    </message>
    <message>
        <source>This is everything your key person&apos;s case file holds about you, including the key person&apos;s own notes.</source>
        <translation>هذا كل ما يحتويه دفتر المتابعة لدى شخصكم المرجعي عنكم، بما في ذلك الملاحظات الخاصة بالشخص المرجعي نفسه.</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>الشخص المرجعي</translation>
    </message>
    <message>
        <source>Key person&apos;s contact</source>
        <translation>وسيلة تواصل الشخص المرجعي</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>المؤسسة المسؤولة</translation>
    </message>
    <message>
        <source>Organisation&apos;s contact</source>
        <translation>جهة اتصال المؤسسة</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>بياناتكم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>اسم النداء</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>لغة الأوراق</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Start of the civic integration term</source>
        <translation>بدء مهلة الاندماج</translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>المرجع في البلدية</translation>
    </message>
    <message>
        <source>Civic integration regisseur</source>
        <translation>مسؤول الاندماج</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>المدرّبون</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>مدرسة اللغة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Report to the regisseur</source>
        <translation>التقرير لمسؤول الاندماج</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>Extension of the term</source>
        <translation>تمديد المهلة</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>الأشهر</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>No extension recorded.</source>
        <translation>لم يُسجَّل أي تمديد.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>لأي غرض</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>أُعطيت في</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>سُحبت في</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>لم تُسجَّل أي موافقة.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوقكم</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>في انتظار القرار</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Requests to DUO for an extension</source>
        <translation>طلبات التمديد إلى DUO</translation>
    </message>
    <message>
        <source>No request recorded.</source>
        <translation>لم يُسجَّل أي طلب.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>أُرسل في</translation>
    </message>
    <message>
        <source>Evidence gathered</source>
        <translation>الإثباتات التي جُمعت</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>What was shared, with whom and when</source>
        <translation>ما تمت مشاركته، ومع مَن، ومتى</translation>
    </message>
    <message>
        <source>Nothing about you has been shared yet.</source>
        <translation>لم تتم مشاركة أي شيء عنكم بعد.</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>من {start} حتى {end}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>إلى من</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Everything that was recorded ({count})</source>
        <translation>كل ما سُجّل ({count})</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>لم يُسجَّل أي شيء بعد.</translation>
    </message>
    <message>
        <source>Confidential · Inzage in your data · {date}</source>
        <translation>سرّي · الاطلاع على بياناتكم · {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Inzage in your data</source>
        <translation>الاطلاع على بياناتكم</translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <source>Newcomer: {0}</source>
        <translation>الوافد الجديد: {0}</translation>
    </message>
    <message>
        <source>The copy holds the profile, {0} (private notes included), {1} and {2}.</source>
        <translation>تحتوي النسخة على الملف الشخصي، و{0} (بما فيها الملاحظات الخاصة)، و{1}، و{2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n موافقة</numerusform>
            <numerusform>%n موافقة</numerusform>
            <numerusform>%n موافقتان</numerusform>
            <numerusform>%n موافقات</numerusform>
            <numerusform>%n موافقةً</numerusform>
            <numerusform>%n موافقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>what was shared (nothing yet)</source>
        <translation>ما تمت مشاركته (لا شيء بعد)</translation>
    </message>
    <message numerus="yes">
        <source>what was shared (%n time(s))</source>
        <translation>
            <numerusform>ما تمت مشاركته (%n مرة)</numerusform>
            <numerusform>ما تمت مشاركته (%n مرة)</numerusform>
            <numerusform>ما تمت مشاركته (%n مرتين)</numerusform>
            <numerusform>ما تمت مشاركته (%n مرات)</numerusform>
            <numerusform>ما تمت مشاركته (%n مرةً)</numerusform>
            <numerusform>ما تمت مشاركته (%n مرة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation>حفظ النسخة</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>اختاروا مجلدًا موجودًا لملف PDF.</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>جارٍ كتابة النسخة…</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register as given to the newcomer:</source>
        <translation>تم الحفظ. يظهر الآن في تبويب «المُشارَك» أن هذا أُعطي للوافد الجديد:</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>نسخة للوافد الجديد</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The copy is in this language with the Dutch beside it (Dutch alone when Dutch is chosen).</source>
        <translation>تكون النسخة بهذه اللغة مع الهولندية بجانبها (بالهولندية وحدها إذا اخترتم الهولندية).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>The PDF holds everything, your private notes too. Give it only to this newcomer. It is recorded in the disclosure register as given to them.</source>
        <translation>يحتوي ملف PDF على كل شيء، بما في ذلك ملاحظاتكم الخاصة. أعطوه لهذا الوافد الجديد فقط. سيُسجَّل في سجل ما تمت مشاركته أنه أُعطي للوافد الجديد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your case file…</source>
        <translation>جارٍ فتح دفتر المتابعة…</translation>
    </message>
    <message>
        <source>Creating your case file…</source>
        <translation>جارٍ إنشاء دفتر المتابعة…</translation>
    </message>
    <message>
        <source>Opening the demo…</source>
        <translation>جارٍ فتح النسخة التجريبية…</translation>
    </message>
    <message>
        <source>Making demo data…</source>
        <translation>جارٍ إنشاء بيانات تجريبية…</translation>
    </message>
    <message>
        <source>Sleutelapp — DEMO (invented people)</source>
        <translation>Sleutelapp — نسخة تجريبية (أشخاص وهميون)</translation>
    </message>
    <message>
        <source>Your unsaved entry is kept and reopens after unlocking.</source>
        <translation>ما أدخلتموه ولم يُحفظ بعد محفوظ مؤقتًا، وسيُفتح من جديد بعد فتح القفل.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مُغلق</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>كل المسارات</translation>
    </message>
    <message numerus="yes">
        <source>%n+ newcomer(s)</source>
        <translation>
            <numerusform>+%n وافد جديد</numerusform>
            <numerusform>+%n وافد جديد</numerusform>
            <numerusform>+%n وافدان جديدان</numerusform>
            <numerusform>+%n وافدين جدد</numerusform>
            <numerusform>+%n وافدًا جديدًا</numerusform>
            <numerusform>+%n وافد جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n وافد جديد</numerusform>
            <numerusform>%n وافد جديد</numerusform>
            <numerusform>%n وافدان جديدان</numerusform>
            <numerusform>%n وافدين جدد</numerusform>
            <numerusform>%n وافدًا جديدًا</numerusform>
            <numerusform>%n وافد جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>Sleutelapp</source>
        <translation>Sleutelapp</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Search newcomers</source>
        <translation>البحث عن وافدين جدد</translation>
    </message>
    <message>
        <source>Search a name or anything written…</source>
        <translation>ابحثوا عن اسم أو عن أي شيء كتبتموه…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Route filter</source>
        <translation>التصفية حسب المسار</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>الوافدون الجدد</translation>
    </message>
    <message>
        <source>New newcomer…</source>
        <translation>وافد جديد…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>&amp;New newcomer…</source>
        <translation>وافد جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit newcomer…</source>
        <translation>تعديل الوافد الجديد…</translation>
    </message>
    <message>
        <source>Close or reopen newcomer</source>
        <translation>إغلاق الوافد الجديد أو إعادة فتحه</translation>
    </message>
    <message>
        <source>Erase newcomer for good…</source>
        <translation>حذف الوافد الجديد نهائيًا…</translation>
    </message>
    <message>
        <source>Summary for the &amp;regisseur (PDF)…</source>
        <translation>تقرير لمسؤول الاندماج (PDF)…</translation>
    </message>
    <message>
        <source>Reports &amp;due for the regisseur…</source>
        <translation>التقارير المستحقة لمسؤول الاندماج…</translation>
    </message>
    <message>
        <source>&amp;Anonymised summary…</source>
        <translation>ملخص مجهول الهوية…</translation>
    </message>
    <message>
        <source>&amp;Merge summaries…</source>
        <translation>دمج الملخصات…</translation>
    </message>
    <message>
        <source>&amp;Hand over to a colleague…</source>
        <translation>التسليم إلى زميل…</translation>
    </message>
    <message>
        <source>Recei&amp;ve a handover…</source>
        <translation>استلام تسليم…</translation>
    </message>
    <message>
        <source>&amp;Copy for the newcomer (inzage)…</source>
        <translation>نسخة للوافد الجديد (inzage)…</translation>
    </message>
    <message>
        <source>&amp;Papers for the newcomer…</source>
        <translation>أوراق للوافد الجديد…</translation>
    </message>
    <message>
        <source>Export the agen&amp;da (.ics)…</source>
        <translation>تصدير المواعيد (.ics)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>إنشاء نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Check the case file</source>
        <translation>فحص دفتر المتابعة</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Contact…</source>
        <translation>تواصل…</translation>
    </message>
    <message>
        <source>&amp;Appointment…</source>
        <translation>موعد…</translation>
    </message>
    <message>
        <source>Ac&amp;tivity…</source>
        <translation>نشاط…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <source>&amp;Signal…</source>
        <translation>إشارة…</translation>
    </message>
    <message>
        <source>Tas&amp;k…</source>
        <translation>مهمة…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>تعديل البند…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>A&amp;genda (week and month)</source>
        <translation>المواعيد (أسبوع وشهر)</translation>
    </message>
    <message>
        <source>&amp;Find newcomer</source>
        <translation>البحث عن وافد جديد</translation>
    </message>
    <message>
        <source>&amp;About Sleutelapp</source>
        <translation>حول Sleutelapp</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge summaries</source>
        <translation>دمج الملخصات</translation>
    </message>
    <message>
        <source>Merge anonymised summaries of the same period into one overview. No case file is needed. A file that is not a valid summary, does not add up, would count twice, comes from a case file already included or covers another period is refused. Each refused file says why.</source>
        <translation>ادمجوا الملخصات مجهولة الهوية لفترة واحدة في ملخص عام واحد. لا حاجة إلى دفتر متابعة. يُرفض الملف إذا لم يكن ملخصًا صالحًا، أو لم تتطابق أرقامه، أو كان سيُحتسب مرتين، أو جاء من دفتر متابعة مُدرج بالفعل، أو كان لفترة أخرى. ويُذكر سبب رفض كل ملف.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <source>Summaries to merge</source>
        <translation>الملخصات المراد دمجها</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Also save a PDF overview with charts</source>
        <translation>حفظ ملخص عام بصيغة PDF مع رسوم بيانية أيضًا</translation>
    </message>
    <message>
        <source>Save merged…</source>
        <translation>حفظ الدمج…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose summaries</source>
        <translation>اختيار الملخصات</translation>
    </message>
    <message>
        <source>Summaries (*.json)</source>
        <translation>الملخصات (*.json)</translation>
    </message>
    <message>
        <source>Checking files…</source>
        <translation>جارٍ فحص الملفات…</translation>
    </message>
    <message>
        <source>No valid summaries chosen yet.</source>
        <translation>لم يُختر أي ملخص صالح بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Overview of {0} from %n summary(ies): {1} newcomers counted.</source>
        <translation>
            <numerusform>ملخص عام لـ {0} من %n ملخص: احتُسب {1} من الوافدين الجدد.</numerusform>
            <numerusform>ملخص عام لـ {0} من %n ملخص: احتُسب {1} من الوافدين الجدد.</numerusform>
            <numerusform>ملخص عام لـ {0} من %n ملخصَين: احتُسب {1} من الوافدين الجدد.</numerusform>
            <numerusform>ملخص عام لـ {0} من %n ملخصات: احتُسب {1} من الوافدين الجدد.</numerusform>
            <numerusform>ملخص عام لـ {0} من %n ملخصًا: احتُسب {1} من الوافدين الجدد.</numerusform>
            <numerusform>ملخص عام لـ {0} من %n ملخص: احتُسب {1} من الوافدين الجدد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused: not counted.</source>
        <translation>
            <numerusform>رُفض %n ملف: لم يُحتسب.</numerusform>
            <numerusform>رُفض %n ملف: لم يُحتسب.</numerusform>
            <numerusform>رُفض %n ملفان: لم يُحتسبا.</numerusform>
            <numerusform>رُفضت %n ملفات: لم تُحتسب.</numerusform>
            <numerusform>رُفض %n ملفًا: لم تُحتسب.</numerusform>
            <numerusform>رُفض %n ملف: لم تُحتسب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save merged overview</source>
        <translation>حفظ الملخص العام المدموج</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The file could not be written: {0}.</source>
        <translation>تعذّرت كتابة الملف: {0}.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
</context>
<context>
    <name>MinutesField</name>
    <message>
        <source>for example 30</source>
        <translation>مثلًا 30</translation>
    </message>
    <message>
        <source>Type whole minutes, like 30 or 90 (or 1:30).</source>
        <translation>اكتبوا دقائق كاملة، مثل 30 أو 90 (أو 1:30).</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>January</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>July</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ديسمبر</translation>
    </message>
</context>
<context>
    <name>NewcomerCard</name>
    <message>
        <source>asking consent (GDPR art. 7)</source>
        <translation>طلب الموافقة (المادة 7 من AVG)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>A report about you for the municipality</source>
        <translation>تقرير عنكم للبلدية</translation>
    </message>
    <message>
        <source>What: a short report with your name, your learning route, when your integration period ends, your appointments (not what they were about), your activities and problems that need help. Never your phone number, your private conversations with your key person or medical details.</source>
        <translation>ماذا: تقرير قصير فيه اسمكم، ومسار التعلّم الخاص بكم، ومتى تنتهي مهلة الاندماج الخاصة بكم (termijn)، ومواعيدكم (دون ما دارت حوله)، وأنشطتكم، والمشكلات التي تحتاجون فيها إلى مساعدة. لا يحتوي أبدًا على رقم هاتفكم، ولا على أحاديثكم الخاصة مع شخصكم المرجعي، ولا على بيانات طبية.</translation>
    </message>
    <message>
        <source>With whom: your integration officer (regisseur) at the municipality.</source>
        <translation>مع مَن: مسؤول الاندماج الخاص بكم في البلدية (inburgeringsregisseur).</translation>
    </message>
    <message>
        <source>Why: so the municipality knows how you are doing and can help you in time.</source>
        <translation>لماذا: لكي تعرف البلدية كيف حالكم وتستطيع مساعدتكم في الوقت المناسب.</translation>
    </message>
    <message>
        <source>Your care appointments in that report</source>
        <translation>مواعيدكم الصحية في ذلك التقرير</translation>
    </message>
    <message>
        <source>What: only how many care appointments you had (doctor, hospital, dentist). Never which doctor, or why.</source>
        <translation>ماذا: عدد مواعيدكم الصحية فقط (طبيب العائلة، المستشفى، طبيب الأسنان). لا يُذكر أبدًا عند أي طبيب كنتم، ولا لماذا.</translation>
    </message>
    <message>
        <source>With whom: your integration officer, in the same report.</source>
        <translation>مع مَن: مسؤول الاندماج الخاص بكم، في التقرير نفسه.</translation>
    </message>
    <message>
        <source>Why: so the municipality understands when care takes time, for example when you need more time for your integration.</source>
        <translation>لماذا: لكي تفهم البلدية متى تأخذ الرعاية الصحية وقتًا، مثلًا إذا احتجتم إلى وقت أطول للاندماج.</translation>
    </message>
    <message>
        <source>Counted in overviews without your name</source>
        <translation>احتسابكم في ملخصات لا تحمل اسمكم</translation>
    </message>
    <message>
        <source>What: numbers only, for example hours of activities, added up with many other newcomers. No name, no dates, nothing anyone can trace back to you.</source>
        <translation>ماذا: أرقام فقط، مثلًا ساعات الأنشطة، تُجمع مع أرقام كثير من الوافدين الجدد الآخرين. بلا اسم، وبلا تواريخ، ولا شيء يمكن أن يدلّ أحدًا عليكم.</translation>
    </message>
    <message>
        <source>With whom: the municipality or the organisation that coordinates the key persons.</source>
        <translation>مع مَن: البلدية أو المؤسسة التي تنسّق عمل الأشخاص المرجعيين.</translation>
    </message>
    <message>
        <source>Why: to make the help for newcomers better.</source>
        <translation>لماذا: لتحسين المساعدة المقدَّمة للوافدين الجدد.</translation>
    </message>
    <message>
        <source>For: {0}</source>
        <translation>خاص بـ: {0}</translation>
    </message>
    <message>
        <source>Your key person keeps notes to help you. Some of it may only be shared when you agree. Read each part, or ask someone to read it with you, and tick yes or no.</source>
        <translation>يكتب شخصكم المرجعي ملاحظات لمساعدتكم. بعض ما يكتبه لا تجوز مشاركته إلا إذا وافقتم. اقرؤوا كل جزء، أو اطلبوا من أحد أن يقرأه معكم، ثم ضعوا علامة عند «نعم» أو «لا».</translation>
    </message>
    <message>
        <source>You may say no. Saying no changes nothing in the help you get from your key person.</source>
        <translation>يحق لكم أن تقولوا «لا». إذا قلتم «لا»، فلن يتغير شيء في المساعدة التي تحصلون عليها من شخصكم المرجعي.</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>نعم، أوافق</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>لا، لا أوافق</translation>
    </message>
    <message>
        <source>Changing your mind</source>
        <translation>إذا غيّرتم رأيكم</translation>
    </message>
    <message>
        <source>You can take back your consent at any time, as easily as you gave it: tell your key person, by phone, by message or in person. After that nothing new is shared. What was shared before stays with whoever received it.</source>
        <translation>يمكنكم سحب موافقتكم في أي وقت، بالسهولة نفسها التي أعطيتموها بها: أخبروا شخصكم المرجعي، بالهاتف أو برسالة أو عند اللقاء. بعد ذلك لا تتم مشاركة أي شيء جديد. أما ما تمت مشاركته من قبل فيبقى عند من تسلّمه.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوقكم</translation>
    </message>
    <message numerus="yes">
        <source>You may always see what is written about you, have mistakes corrected and have your data erased. Your data is erased %n month(s) after your key person stops helping you. If you are not happy with how your data is handled, you can complain to the Autoriteit Persoonsgegevens.</source>
        <translation>
            <numerusform>يحق لكم دائمًا أن تروا ما هو مكتوب عنكم، وأن تطلبوا تصحيح الأخطاء وحذف بياناتكم. تُحذف بياناتكم بعد %n شهر من توقّف شخصكم المرجعي عن مساعدتكم. إذا لم تكونوا راضين عن طريقة التعامل مع بياناتكم، يمكنكم تقديم شكوى إلى Autoriteit Persoonsgegevens (هيئة حماية البيانات الشخصية).</numerusform>
            <numerusform>يحق لكم دائمًا أن تروا ما هو مكتوب عنكم، وأن تطلبوا تصحيح الأخطاء وحذف بياناتكم. تُحذف بياناتكم بعد %n شهر من توقّف شخصكم المرجعي عن مساعدتكم. إذا لم تكونوا راضين عن طريقة التعامل مع بياناتكم، يمكنكم تقديم شكوى إلى Autoriteit Persoonsgegevens (هيئة حماية البيانات الشخصية).</numerusform>
            <numerusform>يحق لكم دائمًا أن تروا ما هو مكتوب عنكم، وأن تطلبوا تصحيح الأخطاء وحذف بياناتكم. تُحذف بياناتكم بعد %n شهرين من توقّف شخصكم المرجعي عن مساعدتكم. إذا لم تكونوا راضين عن طريقة التعامل مع بياناتكم، يمكنكم تقديم شكوى إلى Autoriteit Persoonsgegevens (هيئة حماية البيانات الشخصية).</numerusform>
            <numerusform>يحق لكم دائمًا أن تروا ما هو مكتوب عنكم، وأن تطلبوا تصحيح الأخطاء وحذف بياناتكم. تُحذف بياناتكم بعد %n أشهر من توقّف شخصكم المرجعي عن مساعدتكم. إذا لم تكونوا راضين عن طريقة التعامل مع بياناتكم، يمكنكم تقديم شكوى إلى Autoriteit Persoonsgegevens (هيئة حماية البيانات الشخصية).</numerusform>
            <numerusform>يحق لكم دائمًا أن تروا ما هو مكتوب عنكم، وأن تطلبوا تصحيح الأخطاء وحذف بياناتكم. تُحذف بياناتكم بعد %n شهرًا من توقّف شخصكم المرجعي عن مساعدتكم. إذا لم تكونوا راضين عن طريقة التعامل مع بياناتكم، يمكنكم تقديم شكوى إلى Autoriteit Persoonsgegevens (هيئة حماية البيانات الشخصية).</numerusform>
            <numerusform>يحق لكم دائمًا أن تروا ما هو مكتوب عنكم، وأن تطلبوا تصحيح الأخطاء وحذف بياناتكم. تُحذف بياناتكم بعد %n شهر من توقّف شخصكم المرجعي عن مساعدتكم. إذا لم تكونوا راضين عن طريقة التعامل مع بياناتكم، يمكنكم تقديم شكوى إلى Autoriteit Persoonsgegevens (هيئة حماية البيانات الشخصية).</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible for your data:</source>
        <translation>المسؤول عن بياناتكم:</translation>
    </message>
    <message>
        <source>Your key person:</source>
        <translation>شخصكم المرجعي:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Sheet number {0}, made on {1}</source>
        <translation>رقم الاستمارة {0}، أُعدّت في {1}</translation>
    </message>
    <message>
        <source>appointments for the newcomer</source>
        <translation>مواعيد للوافد الجديد</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>مواعيدي</translation>
    </message>
    <message>
        <source>Doctor (GP)</source>
        <translation>طبيب العائلة</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>المستشفى</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>طبيب الأسنان</translation>
    </message>
    <message>
        <source>Care for how you feel (GGZ)</source>
        <translation>الدعم النفسي (GGZ)</translation>
    </message>
    <message>
        <source>Care appointment</source>
        <translation>موعد رعاية صحية</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>مدرسة اللغة</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>DUO</source>
        <translation>DUO</translation>
    </message>
    <message>
        <source>IND</source>
        <translation>IND</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>الساعة {0}</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Where: ask your key person</source>
        <translation>المكان: اسألوا شخصكم المرجعي</translation>
    </message>
    <message>
        <source>Your key person comes with you.</source>
        <translation>يرافقكم شخصكم المرجعي.</translation>
    </message>
    <message>
        <source>You go on your own.</source>
        <translation>تذهبون وحدكم.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>انتبهوا:</translation>
    </message>
    <message>
        <source>Your appointments from {0} to {1}</source>
        <translation>مواعيدكم من {0} حتى {1}</translation>
    </message>
    <message>
        <source>You have no appointments in these weeks.</source>
        <translation>ليست لديكم مواعيد في هذه الأسابيع.</translation>
    </message>
    <message>
        <source>Questions, or you cannot come? Call or message your key person:</source>
        <translation>هل لديكم أسئلة، أو لا تستطيعون الحضور؟ اتصلوا بشخصكم المرجعي أو أرسلوا إليه رسالة:</translation>
    </message>
    <message>
        <source>Ask your key person for their phone number.</source>
        <translation>اطلبوا رقم الهاتف من شخصكم المرجعي.</translation>
    </message>
    <message>
        <source>Take this paper and your ID with you. Come a few minutes early.</source>
        <translation>خذوا معكم هذه الورقة ووثيقة هويتكم. احضروا قبل الموعد ببضع دقائق.</translation>
    </message>
    <message>
        <source>the newcomer themself</source>
        <translation>الوافد الجديد نفسه</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
</context>
<context>
    <name>NewcomerDialog</name>
    <message>
        <source>months</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>New newcomer</source>
        <translation>وافد جديد</translation>
    </message>
    <message>
        <source>Edit newcomer</source>
        <translation>تعديل الوافد الجديد</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>As in the settings (every month)</source>
        <translation>كما في الإعدادات (كل شهر)</translation>
    </message>
    <message>
        <source>As in the settings (every quarter)</source>
        <translation>كما في الإعدادات (كل ربع سنة)</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>كل ربع سنة</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <source>Discard these details?</source>
        <translation>تجاهل هذه البيانات؟</translation>
    </message>
    <message>
        <source>You typed something that is not saved yet. Throw it away?</source>
        <translation>كتبتم شيئًا لم يُحفظ بعد. هل تريدون التخلص منه؟</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Choose Cancel to go back and save it.</source>
        <translation>اختاروا «إلغاء» للرجوع وحفظه.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>(decided {0})</source>
        <translation>(القرار {0})</translation>
    </message>
    <message>
        <source>Fill in the date the termijn started, like 15-03-2024.</source>
        <translation>أدخلوا تاريخ بدء المهلة، مثل 15-03-2024.</translation>
    </message>
    <message>
        <source>Fill in a name.</source>
        <translation>أدخلوا اسمًا.</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>الوافد الجديد</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Called</source>
        <translation>اسم النداء</translation>
    </message>
    <message>
        <source>short name shown on screen (optional)</source>
        <translation>اسم قصير يظهر على الشاشة (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>&amp;Language(s)</source>
        <translation>اللغة أو اللغات</translation>
    </message>
    <message>
        <source>Language of the &amp;papers</source>
        <translation>لغة الأوراق</translation>
    </message>
    <message>
        <source>The language of the papers for the newcomer (appointments, consent sheet); Dutch is printed beside it.</source>
        <translation>لغة الأوراق الخاصة بالوافد الجديد (المواعيد، استمارة الموافقة)؛ تُطبع الهولندية بجانبها.</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>&amp;Termijn started on</source>
        <translation>بدأت المهلة في</translation>
    </message>
    <message>
        <source>known:</source>
        <translation>معروف:</translation>
    </message>
    <message>
        <source>Termijn started on</source>
        <translation>بدأت المهلة في</translation>
    </message>
    <message>
        <source>&amp;Municipality reference</source>
        <translation>المرجع في البلدية</translation>
    </message>
    <message>
        <source>Re&amp;gisseur</source>
        <translation>مسؤول الاندماج</translation>
    </message>
    <message>
        <source>name and e-mail of the inburgeringsregisseur</source>
        <translation>اسم وبريد مسؤول الاندماج (inburgeringsregisseur)</translation>
    </message>
    <message>
        <source>C&amp;oaches</source>
        <translation>المدرّبون</translation>
    </message>
    <message>
        <source>Language &amp;school</source>
        <translation>مدرسة اللغة</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reports to the regisseur, &amp;how often</source>
        <translation>التقارير لمسؤول الاندماج: كم مرة</translation>
    </message>
    <message>
        <source>Extensions of the termijn granted by DUO</source>
        <translation>تمديدات المهلة التي منحتها DUO</translation>
    </message>
    <message>
        <source>Months of extension</source>
        <translation>أشهر التمديد</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>سبب التمديد</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Extension decided on</source>
        <translation>تاريخ قرار التمديد</translation>
    </message>
    <message>
        <source>Add extension</source>
        <translation>إضافة تمديد</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>حذف المحدد</translation>
    </message>
    <message>
        <source>Sleutelapp deliberately has no field for a BSN, ID documents, nationality or religion.</source>
        <translation>لا يحتوي Sleutelapp عمدًا على حقل لرقم BSN أو وثائق الهوية أو الجنسية أو الدين.</translation>
    </message>
</context>
<context>
    <name>NewcomerListModel</name>
    <message>
        <source>Last contact: {0}</source>
        <translation>آخر تواصل: {0}</translation>
    </message>
    <message>
        <source>No contact recorded yet</source>
        <translation>لم يُسجَّل أي تواصل بعد</translation>
    </message>
    <message>
        <source>30+ days: no contact for 30 days or more (since they were added). Counted: contacts, appointments you went along to that took place, and activities done together.</source>
        <translation>+30 يومًا: لا تواصل منذ 30 يومًا أو أكثر (منذ إضافة الوافد الجديد). يُحتسب: التواصل، والمواعيد التي رافقتم إليها وتمّت، والأنشطة التي قمتم بها معًا.</translation>
    </message>
    <message>
        <source>Termijn ends: {0}</source>
        <translation>تنتهي المهلة: {0}</translation>
    </message>
    <message>
        <source>Found in: {0} {1} — {2}</source>
        <translation>وُجد في: {0} {1} — {2}</translation>
    </message>
    <message>
        <source>termijn</source>
        <translation>المهلة</translation>
    </message>
    <message>
        <source>30+ days</source>
        <translation>+30 يومًا</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مُغلق</translation>
    </message>
</context>
<context>
    <name>NewcomerView</name>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden by the filter</source>
        <translation>
            <numerusform>%n مخفي بسبب التصفية</numerusform>
            <numerusform>%n مخفي بسبب التصفية</numerusform>
            <numerusform>%n مخفيان بسبب التصفية</numerusform>
            <numerusform>%n مخفية بسبب التصفية</numerusform>
            <numerusform>%n مخفيًا بسبب التصفية</numerusform>
            <numerusform>%n مخفي بسبب التصفية</numerusform>
        </translation>
    </message>
    <message>
        <source>closed on {0}</source>
        <translation>أُغلق في {0}</translation>
    </message>
    <message>
        <source>Route: {0}</source>
        <translation>المسار: {0}</translation>
    </message>
    <message>
        <source>Termijn: start date not known</source>
        <translation>المهلة: تاريخ البدء غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>Termijn ends {0} — %n day(s) left</source>
        <translation>
            <numerusform>تنتهي المهلة في {0} — بقي %n يوم</numerusform>
            <numerusform>تنتهي المهلة في {0} — بقي %n يوم</numerusform>
            <numerusform>تنتهي المهلة في {0} — بقي %n يومان</numerusform>
            <numerusform>تنتهي المهلة في {0} — بقيت %n أيام</numerusform>
            <numerusform>تنتهي المهلة في {0} — بقي %n يومًا</numerusform>
            <numerusform>تنتهي المهلة في {0} — بقي %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Termijn ended {0}</source>
        <translation>انتهت المهلة في {0}</translation>
    </message>
    <message>
        <source>Consent: {0}</source>
        <translation>الموافقة: {0}</translation>
    </message>
    <message>
        <source>Consent: none recorded</source>
        <translation>الموافقة: لا شيء مسجّل</translation>
    </message>
    <message>
        <source>{0} {1} / {2} h</source>
        <translation>{0} {1} / {2} سا</translation>
    </message>
    <message>
        <source>Norms: {0}</source>
        <translation>المعايير: {0}</translation>
    </message>
    <message>
        <source>This route has no hour norms.</source>
        <translation>لا توجد معايير ساعات لهذا المسار.</translation>
    </message>
    <message>
        <source>{0} {1} h</source>
        <translation>{0} {1} سا</translation>
    </message>
    <message>
        <source>Participation: {0}</source>
        <translation>المشاركة: {0}</translation>
    </message>
    <message>
        <source>Participation: no hours logged yet</source>
        <translation>المشاركة: لم تُسجَّل ساعات بعد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>اسم النداء</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Language(s)</source>
        <translation>اللغة أو اللغات</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>لغة الأوراق</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Termijn started</source>
        <translation>بدء المهلة</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>التمديدات</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>المرجع في البلدية</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>مسؤول الاندماج</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>المدرّبون</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>مدرسة اللغة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>تعديل الملف الشخصي…</translation>
    </message>
    <message>
        <source>Papers for the newcomer…</source>
        <translation>أوراق للوافد الجديد…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>تسجيل موافقة…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>سحب…</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>المُشارَك</translation>
    </message>
    <message>
        <source>Everything about this newcomer that left this computer.</source>
        <translation>كل ما خرج من هذا الحاسوب عن هذا الوافد الجديد.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>المُشارَك</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>التمديد</translation>
    </message>
    <message>
        <source>Requests to DUO for more time. A granted extension moves the end of the termijn.</source>
        <translation>طلبات إلى DUO للحصول على وقت إضافي. التمديد الممنوح يؤخّر نهاية المهلة.</translation>
    </message>
    <message>
        <source>Extension requests</source>
        <translation>طلبات التمديد</translation>
    </message>
    <message>
        <source>Request an extension…</source>
        <translation>طلب تمديد…</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>تسجيل القرار…</translation>
    </message>
</context>
<context>
    <name>Number</name>
    <message>
        <source>.</source>
        <comment>the decimal mark, as in 0.6</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <source>appointments</source>
        <translation>مواعيد</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Newcomer: {0}</source>
        <translation>الوافد الجديد: {0}</translation>
    </message>
    <message>
        <source>My appointments (the coming weeks)</source>
        <translation>مواعيدي (الأسابيع القادمة)</translation>
    </message>
    <message>
        <source>Consent sheet to sign</source>
        <translation>استمارة الموافقة للتوقيع</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>أسابيع</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The planned appointments of the coming weeks: day, time, place, what it is and whether you go along, and how to reach you. Private notes and texts not marked shareable are left out.</source>
        <translation>المواعيد المخطط لها في الأسابيع القادمة: اليوم والوقت والمكان، وما هو الموعد، وهل سترافقون الوافد الجديد، وكيف يمكنه الوصول إليكم. لا تظهر فيها الملاحظات الخاصة ولا النصوص غير المُعلَّمة كقابلة للمشاركة.</translation>
    </message>
    <message>
        <source>Every consent in plain words: what is shared, with whom and why, how to say no or withdraw later, with a place to sign. When the newcomer has signed, record the consent as signed on this sheet.</source>
        <translation>كل موافقة بكلمات بسيطة: ما الذي تتم مشاركته، ومع مَن، ولماذا، وكيف يمكن للوافد الجديد أن يرفض أو يسحب موافقته لاحقًا، مع مكان للتوقيع. بعد أن يوقّع الوافد الجديد، سجّلوا الموافقة على أنها موقّعة على هذه الاستمارة.</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>حفظ الورقة</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>اختاروا مجلدًا موجودًا لملف PDF.</translation>
    </message>
    <message>
        <source>Writing the paper…</source>
        <translation>جارٍ كتابة الورقة…</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register as given to the newcomer:</source>
        <translation>تم الحفظ. يظهر الآن في تبويب «المُشارَك» أن هذا أُعطي للوافد الجديد:</translation>
    </message>
    <message>
        <source>Papers for the newcomer</source>
        <translation>أوراق للوافد الجديد</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>&amp;Weeks ahead</source>
        <translation>الأسابيع القادمة</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>الأسابيع القادمة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>the passphrase needs at least {0} characters</source>
        <translation>تحتاج عبارة المرور إلى {0} حرفًا على الأقل</translation>
    </message>
    <message>
        <source>the passphrase has too few different characters</source>
        <translation>في عبارة المرور عدد قليل جدًا من الأحرف المختلفة</translation>
    </message>
    <message>
        <source>this passphrase is on the list of passwords that are tried first; choose four unrelated words, like &apos;bicycle moon coffee garden&apos;</source>
        <translation>عبارة المرور هذه موجودة في قائمة كلمات السر التي تُجرَّب أولًا؛ اختاروا أربع كلمات لا علاقة بينها، مثل &apos;دراجة قمر قهوة حديقة&apos;</translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess; make it longer, for example four unrelated words</source>
        <translation>من السهل جدًا تخمين عبارة المرور هذه؛ اجعلوها أطول، مثلًا أربع كلمات لا علاقة بينها</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>التكرار</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>قوية جدًا</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Q{0} {1}</source>
        <translation>الربع {0} {1}</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <source>Mark &amp;done / resolved</source>
        <translation>وضع علامة «تم / حُلّ»</translation>
    </message>
    <message>
        <source>Mark as &amp;no-show</source>
        <translation>وضع علامة «لم يحضر»</translation>
    </message>
    <message>
        <source>Mark as &amp;cancelled</source>
        <translation>وضع علامة «أُلغي»</translation>
    </message>
    <message>
        <source>Select an appointment, a task or a signal first.</source>
        <translation>اختاروا أولًا موعدًا أو مهمة أو إشارة.</translation>
    </message>
    <message>
        <source>{0} marked as {1}.</source>
        <translation>{0}: الحالة الآن «{1}».</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Open a handover file</source>
        <translation>فتح ملف تسليم</translation>
    </message>
    <message>
        <source>Choose the handover file first.</source>
        <translation>اختاروا ملف التسليم أولًا.</translation>
    </message>
    <message>
        <source>Opening and checking the handover…</source>
        <translation>جارٍ فتح التسليم والتحقق منه…</translation>
    </message>
    <message>
        <source>Received {0} with {1}.</source>
        <translation>تم استلام {0}، مع {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n وافد جديد</numerusform>
            <numerusform>%n وافد جديد</numerusform>
            <numerusform>%n وافدان جديدان</numerusform>
            <numerusform>%n وافدين جدد</numerusform>
            <numerusform>%n وافدًا جديدًا</numerusform>
            <numerusform>%n وافد جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive a handover</source>
        <translation>استلام تسليم</translation>
    </message>
    <message>
        <source>Choose the handover file from your colleague and type the transfer code they gave you. Everything is added to your case file at once, or nothing.</source>
        <translation>اختاروا ملف التسليم من زميلكم واكتبوا رمز التسليم الذي أعطاكم إياه. يُضاف كل شيء إلى دفتر المتابعة دفعة واحدة، أو لا يُضاف شيء.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Transfer &amp;code</source>
        <translation>رمز التسليم</translation>
    </message>
</context>
<context>
    <name>RecipientNotice</name>
    <message>
        <source>Summary for the regisseur</source>
        <translation>تقرير لمسؤول الاندماج</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>ملخص مجهول الهوية</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>Handover to a colleague</source>
        <translation>تسليم إلى زميل</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>نسخة للوافد الجديد</translation>
    </message>
    <message>
        <source>Agenda for your calendar</source>
        <translation>ملف مواعيد لتقويمكم</translation>
    </message>
    <message>
        <source>Week of the agenda on paper</source>
        <translation>أسبوع المواعيد على الورق</translation>
    </message>
    <message>
        <source>Appointments on paper for the newcomer</source>
        <translation>المواعيد على الورق للوافد الجديد</translation>
    </message>
    <message>
        <source>Consent sheet for the newcomer</source>
        <translation>استمارة الموافقة للوافد الجديد</translation>
    </message>
    <message>
        <source>This data was shared before. Tell these recipients about the correction, so they can correct their copy too:</source>
        <translation>شوركت هذه البيانات من قبل. أبلغوا هؤلاء المستلمين بالتصحيح، ليتمكنوا من تصحيح نسختهم أيضًا:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot passphrase</source>
        <translation>نسيان عبارة المرور</translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery sheet printed when this case file was made, and choose a new passphrase.</source>
        <translation>اكتبوا مفتاح الاسترداد من ورقة الاسترداد التي طُبعت عند إنشاء دفتر المتابعة هذا، واختاروا عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>تعيين عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation>جارٍ تعيين عبارة المرور الجديدة…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>This is the new recovery key. It is shown only once. Print the recovery sheet or write the key down and give it to your organisation. The old recovery key no longer opens this case file (it still opens older backups).</source>
        <translation>هذا هو مفتاح الاسترداد الجديد. يظهر مرة واحدة فقط. اطبعوا ورقة الاسترداد أو اكتبوا المفتاح وسلّموه لمؤسستكم. مفتاح الاسترداد القديم لم يعد يفتح دفتر المتابعة هذا (لكنه ما زال يفتح النسخ الاحتياطية الأقدم).</translation>
    </message>
    <message>
        <source>Print/Save as PDF…</source>
        <translation>طباعة/حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>I wrote down or printed the recovery key</source>
        <translation>كتبت مفتاح الاسترداد أو طبعته</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>recovery-key.pdf</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>حفظ ورقة الاسترداد</translation>
    </message>
    <message>
        <source>Type your passphrase to make a new recovery key:</source>
        <translation>اكتبوا عبارة المرور لإنشاء مفتاح استرداد جديد:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>حفظ ورقة الاسترداد</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>recovery-key.pdf</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key is the only way back into your case file. It is shown only now. Write it down or print it, and give it to your organisation to keep in a safe place.</source>
        <translation>إذا نسيتم عبارة المرور يومًا، فمفتاح الاسترداد هذا هو الطريق الوحيد للعودة إلى دفتر المتابعة. لن يظهر إلا الآن. اكتبوه أو اطبعوه، وأعطوه لمؤسستكم لتحفظه في مكان آمن.</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>طباعة / حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>كتبت مفتاح الاسترداد أو طبعته</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Sleutelapp recovery key</source>
        <translation>مفتاح استرداد Sleutelapp</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place, away from the laptop.</source>
        <translation>احفظوا هذه الورقة في مكان آمن، بعيدًا عن الحاسوب المحمول.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>الشخص المرجعي</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>ما هذا؟</translation>
    </message>
    <message>
        <source>This key opens the encrypted Sleutelapp case file when the passphrase is forgotten. Whoever has this key and the case file (or a backup) can read all of it. Treat the sheet like the key of a filing cabinet: locked away, not in the laptop bag, never photographed.</source>
        <translation>يفتح هذا المفتاح دفتر المتابعة المشفّر في Sleutelapp عند نسيان عبارة المرور. من يملك هذا المفتاح ودفتر المتابعة (أو نسخة احتياطية) يستطيع قراءة كل محتواه. عاملوا هذه الورقة مثل مفتاح خزانة الملفات: مقفلًا عليها، وليست في حقيبة الحاسوب، ولا تُصوَّر أبدًا.</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>نسيتم عبارة المرور؟</translation>
    </message>
    <message>
        <source>Start Sleutelapp and choose &lt;b&gt;Forgot passphrase?&lt;/b&gt; on the unlock screen.</source>
        <translation>شغّلوا Sleutelapp واختاروا &lt;b&gt;نسيتم عبارة المرور؟&lt;/b&gt; في شاشة فتح القفل.</translation>
    </message>
    <message>
        <source>Type the recovery key. Dashes, spaces and capitals do not matter.</source>
        <translation>اكتبوا مفتاح الاسترداد. الشرطات والمسافات والأحرف الكبيرة لا تهم.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The recovery key stays valid afterwards.</source>
        <translation>اختاروا عبارة مرور جديدة. يبقى مفتاح الاسترداد صالحًا بعد ذلك.</translation>
    </message>
    <message>
        <source>A backup can be restored with this key too (&lt;b&gt;Restore backup&lt;/b&gt;, or &lt;i&gt;sleutelapp restore FILE --recovery-key-file&lt;/i&gt;).</source>
        <translation>يمكن أيضًا استعادة نسخة احتياطية بهذا المفتاح (&lt;b&gt;استعادة نسخة احتياطية&lt;/b&gt;، أو &lt;i&gt;sleutelapp restore FILE --recovery-key-file&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Made a new recovery key?</source>
        <translation>أنشأتم مفتاح استرداد جديدًا؟</translation>
    </message>
    <message>
        <source>Then this key no longer opens the case file (it still opens older backups). Keep the new sheet and destroy this one only when no old backups are needed.</source>
        <translation>عندئذ لا يعود هذا المفتاح يفتح دفتر المتابعة (لكنه ما زال يفتح النسخ الاحتياطية الأقدم). احتفظوا بالورقة الجديدة، ولا تتلفوا هذه الورقة إلا عندما لا تعود هناك حاجة إلى نسخ احتياطية قديمة.</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>من يحفظها</translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation>مكان الحفظ</translation>
    </message>
    <message>
        <source>Sleutelapp · recovery key · confidential</source>
        <translation>Sleutelapp · مفتاح الاسترداد · سرّي</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
</context>
<context>
    <name>RegisseurReport</name>
    <message>
        <source>Following the progress of civic integration (Civic Integration Act 2021), with the newcomer&apos;s consent</source>
        <translation>متابعة تقدّم الاندماج (Wet inburgering 2021)، بموافقة الوافد الجديد</translation>
    </message>
    <message>
        <source>This report holds only what the newcomer has allowed. Private notes, phone number, language, places of appointments and medical data are never shared; health appointments are at most counted, with separate consent.</source>
        <translation>لا يحتوي هذا التقرير إلا على ما سمح به الوافد الجديد. لا تتم أبدًا مشاركة الملاحظات الخاصة ولا رقم الهاتف ولا اللغة ولا أماكن المواعيد ولا البيانات الطبية؛ أما المواعيد الصحية فتُحتسب عددًا فقط على الأكثر، بموافقة منفصلة.</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(لم يُملأ)</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>من {start} حتى {end}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>{text} … [shortened: {cut} characters not included]</source>
        <translation>{text} … [مختصر: عدد الأحرف غير المدرجة: {cut}]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>No shared notes in this period.</source>
        <translation>لا توجد ملاحظات مُشارَكة في هذه الفترة.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>المهام المفتوحة</translation>
    </message>
    <message>
        <source>No shared open tasks.</source>
        <translation>لا توجد مهام مفتوحة مُشارَكة.</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>آخر أجل</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — personal data, only for the addressee</source>
        <translation>سرّي — بيانات شخصية، للمرسَل إليه فقط</translation>
    </message>
    <message>
        <source>Report for the regisseur</source>
        <translation>التقرير لمسؤول الاندماج</translation>
    </message>
    <message>
        <source>Period {period}</source>
        <translation>الفترة {period}</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>المؤسسة المسؤولة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>الشخص المرجعي</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>تاريخ إعطاء الموافقة</translation>
    </message>
    <message>
        <source>Unknown (start date of the term not filled in)</source>
        <translation>غير معروف (لم يُملأ تاريخ بدء المهلة)</translation>
    </message>
    <message>
        <source>{date} (passed, {days} ago)</source>
        <translation>{date} (انقضت، منذ {days})</translation>
    </message>
    <message>
        <source>{date} ({days} left)</source>
        <translation>{date} (بقي {days})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>المرجع في البلدية</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Start of the civic integration term</source>
        <translation>بدء مهلة الاندماج</translation>
    </message>
    <message>
        <source>End of the civic integration term</source>
        <translation>نهاية مهلة الاندماج</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source> (decision {date})</source>
        <translation> (القرار {date})</translation>
    </message>
    <message>
        <source>Extensions (granted)</source>
        <translation>التمديدات (الممنوحة)</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>الوافد الجديد</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>No contact moments in this period.</source>
        <translation>لم يُسجَّل أي تواصل في هذه الفترة.</translation>
    </message>
    <message>
        <source>{count} in this period.</source>
        <translation>{count} في هذه الفترة.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>مع مرافقة</translation>
    </message>
    <message>
        <source>No appointments (outside health care) in this period.</source>
        <translation>لا توجد مواعيد (خارج الرعاية الصحية) في هذه الفترة.</translation>
    </message>
    <message>
        <source>Health appointments in this period: {count} (only the number, with the newcomer&apos;s consent).</source>
        <translation>المواعيد الصحية في هذه الفترة: {count} (العدد فقط، بموافقة الوافد الجديد).</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>No activities in this period.</source>
        <translation>لا توجد أنشطة في هذه الفترة.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>المرات</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>h</source>
        <comment>hours</comment>
        <translation>سا</translation>
    </message>
    <message>
        <source>Hours in this period against the norms of the route (the norms apply to the whole term):</source>
        <translation>الساعات في هذه الفترة مقارنةً بمعايير المسار (المعايير تسري على المهلة كلها):</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Hours this period</source>
        <translation>ساعات هذه الفترة</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>at least {hours}</source>
        <translation>{hours} على الأقل</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>No signals in this period.</source>
        <translation>لا توجد إشارات في هذه الفترة.</translation>
    </message>
    <message>
        <source>{open} open, {resolved} resolved.</source>
        <translation>مفتوحة: {open}، محلولة: {resolved}.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Confidential · Report for the regisseur · {period}</source>
        <translation>سرّي · التقرير لمسؤول الاندماج · {period}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Tomorrow at {0}: appointment with {1}, you go along.</source>
        <translation>غدًا الساعة {0}: موعد مع {1}، بمرافقتكم.</translation>
    </message>
    <message>
        <source>Tomorrow: appointment with {0}, you go along.</source>
        <translation>غدًا: موعد مع {0}، بمرافقتكم.</translation>
    </message>
    <message>
        <source>Today at {0}: appointment with {1}, you go along.</source>
        <translation>اليوم الساعة {0}: موعد مع {1}، بمرافقتكم.</translation>
    </message>
    <message>
        <source>Today: appointment with {0}, you go along.</source>
        <translation>اليوم: موعد مع {0}، بمرافقتكم.</translation>
    </message>
    <message numerus="yes">
        <source>Since you last closed the app: %n appointment(s)</source>
        <translation>
            <numerusform>منذ أن أغلقتم التطبيق آخر مرة حلّ وقت %n موعد</numerusform>
            <numerusform>منذ أن أغلقتم التطبيق آخر مرة حلّ وقت %n موعد</numerusform>
            <numerusform>منذ أن أغلقتم التطبيق آخر مرة حلّ وقت %n موعدين</numerusform>
            <numerusform>منذ أن أغلقتم التطبيق آخر مرة حلّ وقت %n مواعيد</numerusform>
            <numerusform>منذ أن أغلقتم التطبيق آخر مرة حلّ وقت %n موعدًا</numerusform>
            <numerusform>منذ أن أغلقتم التطبيق آخر مرة حلّ وقت %n موعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n task(s) came due. See Today and the agenda.</source>
        <translation>
            <numerusform>و%n مهمة. انظروا «اليوم» والمواعيد.</numerusform>
            <numerusform>و%n مهمة. انظروا «اليوم» والمواعيد.</numerusform>
            <numerusform>و%n مهمتين. انظروا «اليوم» والمواعيد.</numerusform>
            <numerusform>و%n مهام. انظروا «اليوم» والمواعيد.</numerusform>
            <numerusform>و%n مهمةً. انظروا «اليوم» والمواعيد.</numerusform>
            <numerusform>و%n مهمة. انظروا «اليوم» والمواعيد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>This month (up to today)</source>
        <translation>هذا الشهر (حتى اليوم)</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>الربع الماضي</translation>
    </message>
    <message>
        <source>Since last report</source>
        <translation>منذ آخر تقرير</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>معاينة التقرير</translation>
    </message>
    <message>
        <source>Newcomer: {0}</source>
        <translation>الوافد الجديد: {0}</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>No report was made yet; choose a period.</source>
        <translation>لم يُعدّ أي تقرير بعد؛ اختاروا فترة.</translation>
    </message>
    <message>
        <source>Type both dates as dd-mm-yyyy, like 15-03-2026.</source>
        <translation>اكتبوا التاريخين بالصيغة dd-mm-yyyy، مثل 15-03-2026.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية قبل تاريخ البداية.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n entry(s) go into the report.</source>
        <translation>
            <numerusform>يدخل {0} من أصل %n بند في التقرير.</numerusform>
            <numerusform>يدخل {0} من أصل %n بند في التقرير.</numerusform>
            <numerusform>يدخل {0} من أصل %n بندَين في التقرير.</numerusform>
            <numerusform>يدخل {0} من أصل %n بنود في التقرير.</numerusform>
            <numerusform>يدخل {0} من أصل %n بندًا في التقرير.</numerusform>
            <numerusform>يدخل {0} من أصل %n بند في التقرير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent given on {0}; health appointments are counted only.</source>
        <translation>أُعطيت الموافقة بتاريخ {0}؛ المواعيد الصحية تُحتسب عددًا فقط.</translation>
    </message>
    <message>
        <source>Consent given on {0}; health appointments stay out (no consent).</source>
        <translation>أُعطيت الموافقة بتاريخ {0}؛ المواعيد الصحية تبقى خارج التقرير (لا توجد موافقة).</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>جارٍ حفظ التقرير…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The file could not be written: {0}. Nothing was recorded.</source>
        <translation>تعذّرت كتابة الملف: {0}. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Saved with a password and recorded in the disclosure register:
{0}</source>
        <translation>حُفظ بكلمة سر وسُجّل في سجل ما تمت مشاركته:
{0}</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register:
{0}</source>
        <translation>حُفظ وسُجّل في سجل ما تمت مشاركته:
{0}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Report for the regisseur</source>
        <translation>التقرير لمسؤول الاندماج</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>name of the inburgeringsregisseur</source>
        <translation>اسم مسؤول الاندماج (inburgeringsregisseur)</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>كلمة السر (اختيارية)</translation>
    </message>
    <message>
        <source>empty = no password</source>
        <translation>فارغ = بلا كلمة سر</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>&amp;Everything of this period — uncheck what must stay out:</source>
        <translation>كل ما في هذه الفترة — أزيلوا العلامة عمّا يجب أن يبقى خارج التقرير:</translation>
    </message>
    <message>
        <source>Preview: exactly the file that will be saved.</source>
        <translation>المعاينة: الملف نفسه الذي سيُحفظ تمامًا.</translation>
    </message>
</context>
<context>
    <name>ReportPeriods</name>
    <message>
        <source>quarter {0} of {1}</source>
        <translation>الربع {0} من {1}</translation>
    </message>
    <message>
        <source>Report {0} for {1} not made yet</source>
        <translation>التقرير {0} عن {1} لم يُعدّ بعد</translation>
    </message>
</context>
<context>
    <name>ReportReason</name>
    <message>
        <source>Counted only (channel and topic)</source>
        <translation>يُحتسب عددًا فقط (القناة والموضوع)</translation>
    </message>
    <message>
        <source>Date, type, status and accompanied</source>
        <translation>التاريخ والنوع والحالة والمرافقة</translation>
    </message>
    <message>
        <source>Counted only (health consent)</source>
        <translation>يُحتسب عددًا فقط (موافقة صحية)</translation>
    </message>
    <message>
        <source>Type and hours</source>
        <translation>النوع والساعات</translation>
    </message>
    <message>
        <source>Type, hours and shareable text</source>
        <translation>النوع والساعات والنص القابل للمشاركة</translation>
    </message>
    <message>
        <source>Theme and status (text stays private)</source>
        <translation>الموضوع والحالة (النص يبقى خاصًا)</translation>
    </message>
    <message>
        <source>Theme, status and shareable text</source>
        <translation>الموضوع والحالة والنص القابل للمشاركة</translation>
    </message>
    <message>
        <source>Shareable note</source>
        <translation>ملاحظة قابلة للمشاركة</translation>
    </message>
    <message>
        <source>Open task, shareable</source>
        <translation>مهمة مفتوحة، قابلة للمشاركة</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>ملاحظة خاصة</translation>
    </message>
    <message>
        <source>Health, no consent</source>
        <translation>صحي، بلا موافقة</translation>
    </message>
    <message>
        <source>Not marked shareable</source>
        <translation>غير مُعلَّم كقابل للمشاركة</translation>
    </message>
    <message>
        <source>Task is done</source>
        <translation>المهمة منجزة</translation>
    </message>
    <message>
        <source>Outside the period</source>
        <translation>خارج الفترة</translation>
    </message>
    <message>
        <source>Left out by you</source>
        <translation>استبعدتموه أنتم</translation>
    </message>
    <message>
        <source>No consent for a report</source>
        <translation>لا توجد موافقة على تقرير</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <source>Make a backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Making and checking the backup…</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية وفحصها…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>كُتبت النسخة الاحتياطية وفُحصت.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Passphrase of this backup (or the recovery key):</source>
        <translation>عبارة مرور هذه النسخة الاحتياطية (أو مفتاح الاسترداد):</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>استعادة هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>The current case file is kept as a backup in the backup folder first.</source>
        <translation>يُحفظ دفتر المتابعة الحالي أولًا كنسخة احتياطية في مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>The previous case file was kept in {0}.</source>
        <translation>حُفظ دفتر المتابعة السابق في {0}.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>تمت استعادة النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Checking the case file…</source>
        <translation>جارٍ فحص دفتر المتابعة…</translation>
    </message>
    <message numerus="yes">
        <source>The case file has %n problem(s).</source>
        <translation>
            <numerusform>في دفتر المتابعة %n مشكلة.</numerusform>
            <numerusform>في دفتر المتابعة %n مشكلة.</numerusform>
            <numerusform>في دفتر المتابعة %n مشكلتان.</numerusform>
            <numerusform>في دفتر المتابعة %n مشكلات.</numerusform>
            <numerusform>في دفتر المتابعة %n مشكلةً.</numerusform>
            <numerusform>في دفتر المتابعة %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make no more changes and restore a backup (Case &gt; Restore backup). The current file is kept when you do.</source>
        <translation>لا تُجروا أي تغييرات أخرى واستعيدوا نسخة احتياطية (الملف &gt; استعادة نسخة احتياطية). يُحفظ الملف الحالي عندما تفعلون ذلك.</translation>
    </message>
    <message>
        <source>All is well: the case file is intact and encrypted.</source>
        <translation>كل شيء على ما يرام: دفتر المتابعة سليم ومشفّر.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s).</source>
        <translation>
            <numerusform>%n وافد جديد.</numerusform>
            <numerusform>%n وافد جديد.</numerusform>
            <numerusform>%n وافدان جديدان.</numerusform>
            <numerusform>%n وافدين جدد.</numerusform>
            <numerusform>%n وافدًا جديدًا.</numerusform>
            <numerusform>%n وافد جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>All data of this newcomer is erased for good, the search index included. This cannot be undone. Older backups still hold the data.</source>
        <translation>تُحذف كل بيانات هذا الوافد الجديد نهائيًا، بما فيها فهرس البحث. لا يمكن التراجع عن ذلك. النسخ الاحتياطية الأقدم ما زالت تحتوي على البيانات.</translation>
    </message>
    <message>
        <source>Shared before; tell these recipients that the data was erased:</source>
        <translation>تمت المشاركة سابقًا؛ أخبروا هؤلاء المستلمين بأن البيانات حُذفت:</translation>
    </message>
    <message>
        <source>Erase {0}?</source>
        <translation>حذف {0}؟</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>تم الحذف.</translation>
    </message>
    <message>
        <source>Erased. This data was shared before; tell the recipients it was erased:</source>
        <translation>تم الحذف. تمت مشاركة هذه البيانات سابقًا؛ أخبروا المستلمين بأنها حُذفت:</translation>
    </message>
    <message>
        <source>• {0} — closed {1}</source>
        <translation>• {0} — أُغلق {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed more than {0} months ago: their data must be erased now.</source>
        <translation>
            <numerusform>%n وافد جديد أُغلق ملفه منذ أكثر من {0} شهرًا: يجب حذف بياناته الآن.</numerusform>
            <numerusform>%n وافد جديد أُغلق ملفه منذ أكثر من {0} شهرًا: يجب حذف بياناته الآن.</numerusform>
            <numerusform>%n وافدان جديدان أُغلق ملفاهما منذ أكثر من {0} شهرًا: يجب حذف بياناتهما الآن.</numerusform>
            <numerusform>%n وافدين جدد أُغلقت ملفاتهم منذ أكثر من {0} شهرًا: يجب حذف بياناتهم الآن.</numerusform>
            <numerusform>%n وافدًا جديدًا أُغلقت ملفاتهم منذ أكثر من {0} شهرًا: يجب حذف بياناتهم الآن.</numerusform>
            <numerusform>%n وافد جديد أُغلقت ملفاتهم منذ أكثر من {0} شهرًا: يجب حذف بياناتهم الآن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>حذف الآن</translation>
    </message>
    <message>
        <source>If you cancel, the app asks again at the next start.</source>
        <translation>إذا ألغيتم، سيسأل التطبيق مرة أخرى عند التشغيل التالي.</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Organisation responsible</source>
        <translation>المؤسسة المسؤولة</translation>
    </message>
    <message>
        <source>Organisation contact</source>
        <translation>جهة اتصال المؤسسة</translation>
    </message>
    <message>
        <source>Key person&apos;s name</source>
        <translation>اسم الشخص المرجعي</translation>
    </message>
    <message>
        <source>Key person&apos;s contact</source>
        <translation>جهة اتصال الشخص المرجعي</translation>
    </message>
    <message>
        <source>Retention after closing (months)</source>
        <translation>مدة الاحتفاظ بعد الإغلاق (أشهر)</translation>
    </message>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation>القفل التلقائي بعد (دقائق)</translation>
    </message>
    <message>
        <source>Smallest group in a summary (newcomers)</source>
        <translation>أصغر مجموعة في الملخص (وافدون جدد)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Report for the regisseur: every month or every quarter</source>
        <translation>التقرير لمسؤول الاندماج: كل شهر أو كل ربع سنة</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Every quarter</source>
        <translation>كل ربع سنة</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>غير متاح في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Who is responsible for the data</source>
        <translation>المسؤول عن البيانات</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Organisation &amp;contact</source>
        <translation>جهة اتصال المؤسسة</translation>
    </message>
    <message>
        <source>&amp;Your name (key person)</source>
        <translation>اسمكم (الشخص المرجعي)</translation>
    </message>
    <message>
        <source>Your c&amp;ontact</source>
        <translation>وسيلة تواصلكم</translation>
    </message>
    <message>
        <source>Safety and summaries</source>
        <translation>الأمان والملخصات</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes without use)</source>
        <translation>القفل بعد (دقائق دون استخدام)</translation>
    </message>
    <message>
        <source>&amp;Erase closed newcomers after (months)</source>
        <translation>حذف الوافدين الجدد المغلقة ملفاتهم بعد (أشهر)</translation>
    </message>
    <message>
        <source>&amp;Minimum newcomers per number (k)</source>
        <translation>أصغر مجموعة في الملخص (عدد الوافدين الجدد، k)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Reports to the regisseur, &amp;how often</source>
        <translation>التقارير لمسؤول الاندماج: كم مرة</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>مفتاح استرداد جديد…</translation>
    </message>
</context>
<context>
    <name>ShortMonth</name>
    <message>
        <source>Jan</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ديسمبر</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Anonymised summary</source>
        <translation>ملخص مجهول الهوية</translation>
    </message>
    <message>
        <source>Period &amp;length</source>
        <translation>مدة الفترة</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>&amp;Label (optional)</source>
        <translation>التسمية (اختيارية)</translation>
    </message>
    <message>
        <source>e.g. North district — no names of people</source>
        <translation>مثلًا حي الشمال — بلا أسماء أشخاص</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Also save a PDF (same content)</source>
        <translation>حفظ PDF أيضًا (المحتوى نفسه)</translation>
    </message>
    <message>
        <source>Summary (*.json)</source>
        <translation>الملخص (*.json)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Fixed: this case file makes summaries per {0}.</source>
        <translation>ثابت: يُعدّ دفتر المتابعة هذا الملخصات لكل {0}.</translation>
    </message>
    <message>
        <source>Choose this before the first summary. It is fixed after that, so nobody can subtract summaries from each other.</source>
        <translation>اختاروا هذا قبل الملخص الأول. بعد ذلك يصبح ثابتًا، حتى لا يستطيع أحد طرح الملخصات بعضها من بعض.</translation>
    </message>
    <message>
        <source>{0} — issued on {1}</source>
        <translation>{0} — صدر بتاريخ {1}</translation>
    </message>
    <message>
        <source>There is no ended period to summarise yet.</source>
        <translation>لا توجد بعد فترة منتهية لتلخيصها.</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>جارٍ إعداد الملخص…</translation>
    </message>
    <message>
        <source>{0}: {1} newcomers counted (with consent to anonymised reporting), {2} not counted. A number about fewer than {3} newcomers is not shown.</source>
        <translation>{0}: احتُسب {1} من الوافدين الجدد (بموافقة على الملخصات مجهولة الهوية)، ولم يُحتسب {2}. الرقم الذي يخص أقل من {3} من الوافدين الجدد لا يُعرض.</translation>
    </message>
    <message>
        <source>This period was issued on {0}. You get exactly the same figures as then, with the same label.</source>
        <translation>صدرت هذه الفترة بتاريخ {0}. تحصلون على الأرقام نفسها تمامًا كما في ذلك الوقت، وبالتسمية نفسها.</translation>
    </message>
    <message>
        <source>The data changed since; those changes are not counted here. So nobody can subtract the two overviews from each other.</source>
        <translation>تغيّرت البيانات منذ ذلك الحين؛ ولا تُحتسب هذه التغييرات هنا. وهكذا لا يستطيع أحد طرح أحد الملخصين من الآخر.</translation>
    </message>
    <message>
        <source>This is the first summary: saving fixes the period length at {0}.</source>
        <translation>هذا هو الملخص الأول: الحفظ يثبّت مدة الفترة على {0}.</translation>
    </message>
    <message>
        <source>Change the label</source>
        <translation>تغيير التسمية</translation>
    </message>
    <message>
        <source>Fix the period length</source>
        <translation>تثبيت مدة الفترة</translation>
    </message>
    <message>
        <source>After this summary, this case file makes summaries per {0} only. You cannot change that later.</source>
        <translation>بعد هذا الملخص، لن يُعدّ دفتر المتابعة هذا الملخصات إلا لكل {0}. لا يمكنكم تغيير ذلك لاحقًا.</translation>
    </message>
    <message>
        <source>Fix and save</source>
        <translation>تثبيت وحفظ</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>حفظ الملخص</translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation>جارٍ حفظ الملخص…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The file could not be written: {0}.</source>
        <translation>تعذّرت كتابة الملف: {0}.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register:</source>
        <translation>حُفظ وسُجّل في سجل ما تمت مشاركته:</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>Anonymised summary</source>
        <translation>ملخص مجهول الهوية</translation>
    </message>
    <message>
        <source>Merged overview</source>
        <translation>ملخص عام مدموج</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Newcomers counted</source>
        <translation>الوافدون الجدد المحتسبون</translation>
    </message>
    <message>
        <source>Not counted (no consent)</source>
        <translation>غير محتسبين (بلا موافقة)</translation>
    </message>
    <message>
        <source>Merged from {n} summaries</source>
        <translation>مدموج من {n} ملخصات</translation>
    </message>
    <message>
        <source>Smallest group shown: {k} newcomers</source>
        <translation>أصغر مجموعة معروضة: {k} من الوافدين الجدد</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>How to read this overview</source>
        <translation>كيف تقرؤون هذا الملخص العام</translation>
    </message>
    <message>
        <source>What is hidden, and why</source>
        <translation>ما المخفي، ولماذا</translation>
    </message>
    <message>
        <source>No chart: every number of this chart is hidden (*), because they rest on too few newcomers.</source>
        <translation>لا يوجد رسم بياني: كل أرقام هذا الرسم مخفية (*)، لأنها تقوم على عدد قليل جدًا من الوافدين الجدد.</translation>
    </message>
    <message>
        <source>No chart: nothing was counted here in this period.</source>
        <translation>لا يوجد رسم بياني: لم يُحتسب هنا شيء في هذه الفترة.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>نظرة سريعة</translation>
    </message>
    <message>
        <source>Participation hours by activity type</source>
        <translation>ساعات المشاركة حسب نوع النشاط</translation>
    </message>
    <message>
        <source>Signals by theme (open and resolved)</source>
        <translation>الإشارات حسب الموضوع (مفتوحة ومحلولة)</translation>
    </message>
    <message>
        <source>Appointments by type</source>
        <translation>المواعيد حسب النوع</translation>
    </message>
    <message>
        <source>Bars of cells not shown are missing (*); a + bar is a minimum.</source>
        <translation>الأعمدة الخاصة بالخانات غير المعروضة غير موجودة (*)؛ والعمود المعلَّم بـ + هو حد أدنى.</translation>
    </message>
    <message>
        <source>Split not shown</source>
        <translation>التفصيل غير معروض</translation>
    </message>
    <message>
        <source>Summaries in this overview</source>
        <translation>الملخصات في هذا الملخص العام</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(بلا تسمية)</translation>
    </message>
    <message>
        <source>Sleutelapp · anonymised summary {period}</source>
        <translation>Sleutelapp · ملخص مجهول الهوية {period}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
</context>
<context>
    <name>SummarySequence</name>
    <message>
        <source>first choose the period length of this case file (month, quarter or year); it is fixed after that.</source>
        <translation>اختاروا أولًا مدة الفترة لدفتر المتابعة هذا (شهر أو ربع سنة أو سنة)؛ وتصبح ثابتة بعد ذلك.</translation>
    </message>
    <message>
        <source>this case file makes summaries per {0}; a {1} is not possible, because together with the other summaries hidden numbers could then be worked out. Choose a {0}.</source>
        <translation>يُعدّ دفتر المتابعة هذا الملخصات لكل {0}؛ ولا يمكن إعداد ملخص لفترة {1}، لأنه يمكن عندئذ مع الملخصات الأخرى حساب الأرقام المخفية. اختاروا فترة {0}.</translation>
    </message>
    <message>
        <source>the period {0} has not ended yet; it can be summarised from {1}.</source>
        <translation>الفترة {0} لم تنتهِ بعد؛ يمكن تلخيصها ابتداءً من {1}.</translation>
    </message>
    <message>
        <source>a summary of {0} – {1} was issued by an earlier version of Sleutelapp without keeping its figures; a new summary touching that time could be subtracted from it.</source>
        <translation>صدر ملخص للفترة {0} – {1} بإصدار أقدم من Sleutelapp دون حفظ أرقامه؛ ويمكن طرح أي ملخص جديد يمسّ تلك الفترة منه.</translation>
    </message>
    <message>
        <source>unknown period length &apos;{0}&apos;: choose month, quarter or year.</source>
        <translation>مدة فترة غير معروفة &apos;{0}&apos;: اختاروا شهرًا أو ربع سنة أو سنة.</translation>
    </message>
    <message>
        <source>the period length of this case file is fixed at {0}, because summaries were already issued.</source>
        <translation>مدة الفترة لدفتر المتابعة هذا ثابتة على {0}، لأن ملخصات صدرت بالفعل.</translation>
    </message>
    <message>
        <source>this period was issued meanwhile; open the window again.</source>
        <translation>صدرت هذه الفترة في هذه الأثناء؛ افتحوا النافذة من جديد.</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Newcomers by route</source>
        <translation>الوافدون الجدد حسب المسار</translation>
    </message>
    <message>
        <source>Newcomers with consent to anonymised reporting and at least one entry in the period.</source>
        <translation>الوافدون الجدد الذين لديهم موافقة على الملخصات مجهولة الهوية وبند واحد على الأقل في الفترة.</translation>
    </message>
    <message>
        <source>Contacts by topic and channel</source>
        <translation>مرات التواصل حسب الموضوع والقناة</translation>
    </message>
    <message>
        <source>A contact about two topics counts under both topics; the total per channel counts each contact once.</source>
        <translation>التواصل حول موضوعين يُحتسب تحت كلا الموضوعين؛ والمجموع لكل قناة يحتسب كل تواصل مرة واحدة.</translation>
    </message>
    <message>
        <source>Appointments by type, accompanied or not</source>
        <translation>المواعيد حسب النوع، مع مرافقة أو بدونها</translation>
    </message>
    <message>
        <source>Cancelled appointments are not counted. Health appointments form one row while any type rests on too few newcomers.</source>
        <translation>المواعيد الملغاة لا تُحتسب. المواعيد الصحية تشكّل صفًا واحدًا ما دام أي نوع منها يقوم على عدد قليل جدًا من الوافدين الجدد.</translation>
    </message>
    <message>
        <source>Participation hours by activity type</source>
        <translation>ساعات المشاركة حسب نوع النشاط</translation>
    </message>
    <message>
        <source>Rounded to whole hours.</source>
        <translation>مقرّبة إلى ساعات كاملة.</translation>
    </message>
    <message>
        <source>Signals by theme</source>
        <translation>الإشارات حسب الموضوع</translation>
    </message>
    <message>
        <source>Signals raised in the period, with their state when the summary was made.</source>
        <translation>الإشارات التي سُجّلت في الفترة، بحالتها وقت إعداد الملخص.</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>بلا موضوع</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>الوافدون الجدد</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>مع مرافقة</translation>
    </message>
    <message>
        <source>Not accompanied</source>
        <translation>بلا مرافقة</translation>
    </message>
    <message>
        <source>Health care (GP, hospital, dentist, mental health, other care)</source>
        <translation>الرعاية الصحية (طبيب العائلة، المستشفى، طبيب الأسنان، الصحة النفسية، رعاية أخرى)</translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <source>Not shown to protect privacy.</source>
        <translation>غير معروض لحماية الخصوصية.</translation>
    </message>
    <message>
        <source>At least this number: some summaries did not show this cell.</source>
        <translation>هذا العدد على الأقل: بعض الملخصات لم تعرض هذه الخانة.</translation>
    </message>
    <message>
        <source>Rests on {0} newcomers.</source>
        <translation>يقوم على {0} من الوافدين الجدد.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <source>a BSN</source>
        <translation>رقم BSN</translation>
    </message>
    <message>
        <source>an IBAN (bank account)</source>
        <translation>رقم IBAN (حساب مصرفي)</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>رقم هاتف</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>قابل للمشاركة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} دقيقة</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} سا</translation>
    </message>
    <message>
        <source>accompanied</source>
        <translation>مع مرافقة</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>extension requested, answer expected by {0}</source>
        <translation>طُلب التمديد، والرد متوقع بحلول {0}</translation>
    </message>
    <message>
        <source>an extension can be requested since {0}</source>
        <translation>يمكن طلب التمديد منذ {0}</translation>
    </message>
    <message>
        <source>an extension can be requested from {0}</source>
        <translation>يمكن طلب التمديد ابتداءً من {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n more appointment(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n موعد آخر — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n موعد آخر — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n موعدان آخران — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n مواعيد أخرى — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n موعدًا آخر — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n موعد آخر — اضغطوا Enter لعرض المزيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more task(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n مهمة أخرى — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n مهمة أخرى — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n مهمتان أخريان — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n مهام أخرى — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n مهمةً أخرى — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n مهمة أخرى — اضغطوا Enter لعرض المزيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more newcomer(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n وافد جديد آخر — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n وافد جديد آخر — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n وافدان جديدان آخران — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n وافدين جدد آخرين — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n وافدًا جديدًا آخر — اضغطوا Enter لعرض المزيد</numerusform>
            <numerusform>%n وافد جديد آخر — اضغطوا Enter لعرض المزيد</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the next {0}; the agenda (Ctrl+G) shows them per week.</source>
        <translation>يعرض الـ {0} التالية؛ وصفحة المواعيد (Ctrl+G) تعرضها حسب الأسبوع.</translation>
    </message>
    <message>
        <source>Shows the next {0}.</source>
        <translation>يعرض الـ {0} التالية.</translation>
    </message>
    <message>
        <source>Enter opens the dialog that makes all due reports at once.</source>
        <translation>زر Enter يفتح النافذة التي تُعدّ كل التقارير المستحقة دفعة واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>%n more report(s) due — press Enter to make them</source>
        <translation>
            <numerusform>%n تقرير آخر مستحق — اضغطوا Enter لإعدادها</numerusform>
            <numerusform>%n تقرير آخر مستحق — اضغطوا Enter لإعداده</numerusform>
            <numerusform>%n تقريران آخران مستحقان — اضغطوا Enter لإعدادهما</numerusform>
            <numerusform>%n تقارير أخرى مستحقة — اضغطوا Enter لإعدادها</numerusform>
            <numerusform>%n تقريرًا آخر مستحقًا — اضغطوا Enter لإعدادها</numerusform>
            <numerusform>%n تقرير آخر مستحق — اضغطوا Enter لإعدادها</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1}: {2} — still planned; did it take place?</source>
        <translation>{0} — {1}: {2} — ما زال «مخططًا له»؛ هل تم الموعد؟</translation>
    </message>
    <message>
        <source>you go along</source>
        <translation>بمرافقتكم</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(متأخر)</translation>
    </message>
    <message numerus="yes">
        <source>{0} — termijn ends {1} (%n day(s) left)</source>
        <translation>
            <numerusform>{0} — تنتهي المهلة في {1} (بقي %n يوم)</numerusform>
            <numerusform>{0} — تنتهي المهلة في {1} (بقي %n يوم)</numerusform>
            <numerusform>{0} — تنتهي المهلة في {1} (بقي %n يومان)</numerusform>
            <numerusform>{0} — تنتهي المهلة في {1} (بقيت %n أيام)</numerusform>
            <numerusform>{0} — تنتهي المهلة في {1} (بقي %n يومًا)</numerusform>
            <numerusform>{0} — تنتهي المهلة في {1} (بقي %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — termijn ended {1}</source>
        <translation>{0} — انتهت المهلة في {1}</translation>
    </message>
    <message>
        <source>{0} — no contact recorded yet</source>
        <translation>{0} — لم يُسجَّل أي تواصل بعد</translation>
    </message>
    <message numerus="yes">
        <source>{0} — last contact {1} (%n day(s) ago)</source>
        <translation>
            <numerusform>{0} — آخر تواصل {1} (قبل %n يوم)</numerusform>
            <numerusform>{0} — آخر تواصل {1} (قبل %n يوم)</numerusform>
            <numerusform>{0} — آخر تواصل {1} (قبل %n يومين)</numerusform>
            <numerusform>{0} — آخر تواصل {1} (قبل %n أيام)</numerusform>
            <numerusform>{0} — آخر تواصل {1} (قبل %n يومًا)</numerusform>
            <numerusform>{0} — آخر تواصل {1} (قبل %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Update the status: past appointments still planned</source>
        <translation>تحديث الحالة: مواعيد مضت وما زالت «مخططًا لها»</translation>
    </message>
    <message>
        <source>Appointments up to and including {0}</source>
        <translation>المواعيد حتى {0}</translation>
    </message>
    <message>
        <source>Open tasks due up to and including {0}</source>
        <translation>المهام المفتوحة المستحقة حتى {0}</translation>
    </message>
    <message>
        <source>Termijn ends within 6 months</source>
        <translation>تنتهي المهلة خلال 6 أشهر</translation>
    </message>
    <message>
        <source>No contact for 30 days</source>
        <translation>لا تواصل منذ 30 يومًا</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Update the status</source>
        <translation>تحديث الحالة</translation>
    </message>
    <message>
        <source>Appointments in the next 14 days</source>
        <translation>المواعيد في الأيام الـ 14 القادمة</translation>
    </message>
    <message>
        <source>Open tasks, due soon</source>
        <translation>مهام مفتوحة يقترب موعدها</translation>
    </message>
    <message>
        <source>Press Enter or double-click an item to open the newcomer. Ctrl+1…6 logs for the newcomer of the selected item; Ctrl+D marks an appointment or task done (right-click for more).</source>
        <translation>اضغطوا Enter أو انقروا نقرًا مزدوجًا على سطر لفتح ملف الوافد الجديد. Ctrl+1…6 يسجّل شيئًا للوافد الجديد في السطر المحدد؛ Ctrl+D يضع على الموعد أو المهمة علامة «تم» (انقروا بالزر الأيمن للمزيد).</translation>
    </message>
</context>
<context>
    <name>TransferCodeDialog</name>
    <message numerus="yes">
        <source>The handover file for %n newcomer(s) was written:
{0}</source>
        <translation>
            <numerusform>كُتب ملف التسليم لـ %n وافد جديد:
{0}</numerusform>
            <numerusform>كُتب ملف التسليم لـ %n وافد جديد:
{0}</numerusform>
            <numerusform>كُتب ملف التسليم لـ %n وافدَين جديدَين:
{0}</numerusform>
            <numerusform>كُتب ملف التسليم لـ %n وافدين جدد:
{0}</numerusform>
            <numerusform>كُتب ملف التسليم لـ %n وافدًا جديدًا:
{0}</numerusform>
            <numerusform>كُتب ملف التسليم لـ %n وافد جديد:
{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Transfer code</source>
        <translation>رمز التسليم</translation>
    </message>
    <message>
        <source>This code is shown only once and is not kept anywhere. Pass it to your colleague another way than the file: by phone or in person. Without the code the file cannot be opened.</source>
        <translation>لا يظهر هذا الرمز إلا مرة واحدة، ولا يُحفظ في أي مكان. أعطوه لزميلكم بطريقة غير طريقة إرسال الملف: بالهاتف أو شخصيًا. لا يمكن فتح الملف دون الرمز.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Sleutelapp is locked</source>
        <translation>Sleutelapp مقفل</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your case file.</source>
        <translation>أدخلوا عبارة المرور لفتح دفتر المتابعة.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>نسيتم عبارة المرور؟</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>استعادة نسخة احتياطية…</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}، {day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>WholeNumberField</name>
    <message>
        <source>Type a whole number from {0} to {1}, without a point or comma.</source>
        <translation>اكتبوا عددًا صحيحًا من {0} إلى {1}، دون نقطة أو فاصلة.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Choose a newcomer first (search on the left).</source>
        <translation>اختاروا وافدًا جديدًا أولًا (ابحثوا في اليسار).</translation>
    </message>
    <message>
        <source>This entry is already open.</source>
        <translation>هذا البند مفتوح مسبقًا.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Entry deleted. Press Ctrl+Z to undo.</source>
        <translation>حُذف البند. اضغطوا Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>تمت استعادة البند.</translation>
    </message>
    <message>
        <source>Close {0}?</source>
        <translation>إغلاق {0}؟</translation>
    </message>
    <message>
        <source>Close the file of {0}?</source>
        <translation>إغلاق ملف {0}؟</translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation>إغلاق {0}</translation>
    </message>
    <message numerus="yes">
        <source>Closing starts the retention period: %n month(s) from today, after which the app asks you to erase everything about them. You can reopen the file until then.</source>
        <translation>
            <numerusform>يبدأ بالإغلاق وقت الاحتفاظ بالبيانات: %n شهر من اليوم، وبعده يطلب منكم التطبيق حذف كل شيء عن هذا الشخص. يمكنكم إعادة فتح الملف حتى ذلك الحين.</numerusform>
            <numerusform>يبدأ بالإغلاق وقت الاحتفاظ بالبيانات: %n شهر من اليوم، وبعده يطلب منكم التطبيق حذف كل شيء عن هذا الشخص. يمكنكم إعادة فتح الملف حتى ذلك الحين.</numerusform>
            <numerusform>يبدأ بالإغلاق وقت الاحتفاظ بالبيانات: %n شهران من اليوم، وبعدهما يطلب منكم التطبيق حذف كل شيء عن هذا الشخص. يمكنكم إعادة فتح الملف حتى ذلك الحين.</numerusform>
            <numerusform>يبدأ بالإغلاق وقت الاحتفاظ بالبيانات: %n أشهر من اليوم، وبعدها يطلب منكم التطبيق حذف كل شيء عن هذا الشخص. يمكنكم إعادة فتح الملف حتى ذلك الحين.</numerusform>
            <numerusform>يبدأ بالإغلاق وقت الاحتفاظ بالبيانات: %n شهرًا من اليوم، وبعدها يطلب منكم التطبيق حذف كل شيء عن هذا الشخص. يمكنكم إعادة فتح الملف حتى ذلك الحين.</numerusform>
            <numerusform>يبدأ بالإغلاق وقت الاحتفاظ بالبيانات: %n شهر من اليوم، وبعدها يطلب منكم التطبيق حذف كل شيء عن هذا الشخص. يمكنكم إعادة فتح الملف حتى ذلك الحين.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is closed.</source>
        <translation>أُغلق {0}.</translation>
    </message>
    <message>
        <source>{0} is reopened.</source>
        <translation>أُعيد فتح {0}.</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation>تمت استعادة النسخة الاحتياطية. افتحوا القفل بعبارة المرور الخاصة بتلك النسخة.</translation>
    </message>
    <message>
        <source>Making the automatic backup…</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية التلقائية…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Sleutelapp is already open for this data folder. Switch to that window; a second window on the same case file is not possible.</source>
        <translation>Sleutelapp مفتوح بالفعل لمجلد البيانات هذا. انتقلوا إلى تلك النافذة؛ لا يمكن فتح نافذة ثانية على دفتر المتابعة نفسه.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Sleutelapp</source>
        <translation>Sleutelapp</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>القرص ممتلئ؛ لم يُحفظ أي شيء. أفرغوا بعض المساحة وحاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>The file could not be used: {0}</source>
        <translation>تعذّر استخدام الملف: {0}</translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <source>The disk of your data folder is full (or cannot be written): Sleutelapp opens, but cannot save changes. Free some space and start Sleutelapp again.</source>
        <translation>القرص الذي فيه مجلد بياناتكم ممتلئ (أو لا يمكن الكتابة عليه): سيُفتح Sleutelapp، لكنه لا يستطيع حفظ التغييرات. أفرغوا بعض المساحة وشغّلوا Sleutelapp من جديد.</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <source>At least {0} characters; four unrelated words work well.</source>
        <translation>{0} أحرف على الأقل؛ أربع كلمات لا علاقة بينها خيار جيد.</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>القوة: {0}</translation>
    </message>
</context>
<context>
    <name>vocab.activity_type</name>
    <message>
        <source>Volunteering</source>
        <translation>عمل تطوعي</translation>
    </message>
    <message>
        <source>Language café</source>
        <translation>مقهى اللغة</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>تدريب عملي</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>دورة</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>رياضة</translation>
    </message>
    <message>
        <source>Neighbourhood activity</source>
        <translation>نشاط في الحي</translation>
    </message>
    <message>
        <source>MAP (practical part)</source>
        <translation>MAP (الجزء العملي)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>vocab.appointment_status</name>
    <message>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>لم يحضر</translation>
    </message>
</context>
<context>
    <name>vocab.appointment_type</name>
    <message>
        <source>GP</source>
        <translation>طبيب العائلة</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>المستشفى</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>طبيب الأسنان</translation>
    </message>
    <message>
        <source>Mental health care</source>
        <translation>الصحة النفسية</translation>
    </message>
    <message>
        <source>Other care</source>
        <translation>رعاية أخرى</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>مدرسة اللغة</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>DUO</source>
        <translation>DUO</translation>
    </message>
    <message>
        <source>IND</source>
        <translation>IND</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>vocab.channel</name>
    <message>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>مكالمة فيديو</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
</context>
<context>
    <name>vocab.consent_how</name>
    <message>
        <source>Verbal</source>
        <translation>شفهية</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>موقّعة</translation>
    </message>
</context>
<context>
    <name>vocab.consent_purpose</name>
    <message>
        <source>Report for the regisseur</source>
        <translation>التقرير لمسؤول الاندماج</translation>
    </message>
    <message>
        <source>Care appointments counted in the report</source>
        <translation>احتساب مواعيد الرعاية في التقرير</translation>
    </message>
    <message>
        <source>Counted in anonymised summaries</source>
        <translation>الاحتساب في الملخصات مجهولة الهوية</translation>
    </message>
</context>
<context>
    <name>vocab.extension_evidence</name>
    <message>
        <source>Statement from a doctor</source>
        <translation>إفادة من طبيب</translation>
    </message>
    <message>
        <source>Proof of how long it lasted</source>
        <translation>إثبات المدة</translation>
    </message>
    <message>
        <source>Proof of the family tie</source>
        <translation>إثبات صلة القرابة</translation>
    </message>
    <message>
        <source>Proof of giving care</source>
        <translation>إثبات تقديم الرعاية</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>شهادة وفاة</translation>
    </message>
    <message>
        <source>Proof of enrolment</source>
        <translation>إثبات التسجيل</translation>
    </message>
    <message>
        <source>Overview of study results</source>
        <translation>كشف بنتائج الدراسة</translation>
    </message>
    <message>
        <source>Statement from the language school</source>
        <translation>إفادة من مدرسة اللغة</translation>
    </message>
    <message>
        <source>Overview of lessons attended</source>
        <translation>كشف بالدروس التي حُضرت</translation>
    </message>
    <message>
        <source>Exam results</source>
        <translation>نتائج الامتحانات</translation>
    </message>
</context>
<context>
    <name>vocab.extension_reason</name>
    <message>
        <source>Own illness (over 3 months)</source>
        <translation>مرض شخصي (أكثر من 3 أشهر)</translation>
    </message>
    <message>
        <source>Illness of a close relative</source>
        <translation>مرض قريب مقرّب</translation>
    </message>
    <message>
        <source>Death of a close relative</source>
        <translation>وفاة قريب مقرّب</translation>
    </message>
    <message>
        <source>A Dutch education</source>
        <translation>تعليم هولندي</translation>
    </message>
    <message>
        <source>No blame (e.g. lessons cancelled or a waiting list)</source>
        <translation>بلا تقصير (مثلًا إلغاء دروس أو قائمة انتظار)</translation>
    </message>
    <message>
        <source>Considerable effort</source>
        <translation>جهد كبير</translation>
    </message>
    <message>
        <source>Recorded earlier</source>
        <translation>مسجّل سابقًا</translation>
    </message>
</context>
<context>
    <name>vocab.kind</name>
    <message>
        <source>Contact</source>
        <translation>تواصل</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>إشارة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
</context>
<context>
    <name>vocab.period_kind</name>
    <message>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>year</source>
        <translation>سنة</translation>
    </message>
</context>
<context>
    <name>vocab.route</name>
    <message>
        <source>B1 route</source>
        <translation>B1-route</translation>
    </message>
    <message>
        <source>Education route</source>
        <translation>onderwijsroute</translation>
    </message>
    <message>
        <source>Z route</source>
        <translation>Z-route</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>غير معروف بعد</translation>
    </message>
</context>
<context>
    <name>vocab.signal_status</name>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
</context>
<context>
    <name>vocab.signal_theme</name>
    <message>
        <source>Childcare</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>قائمة انتظار</translation>
    </message>
    <message>
        <source>Route does not fit</source>
        <translation>المسار غير مناسب</translation>
    </message>
    <message>
        <source>Lessons cancelled</source>
        <translation>إلغاء دروس</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>تكاليف السفر</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>المال</translation>
    </message>
    <message>
        <source>Work / diploma</source>
        <translation>العمل / الشهادة</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>العزلة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>vocab.status</name>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مُغلق</translation>
    </message>
</context>
<context>
    <name>vocab.task_status</name>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
</context>
<context>
    <name>vocab.topic</name>
    <message>
        <source>Civic integration</source>
        <translation>الاندماج</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>المال</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>vocab.wi2021_component</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>MAP practical part</source>
        <translation>MAP الجزء العملي</translation>
    </message>
</context>
</TS>
