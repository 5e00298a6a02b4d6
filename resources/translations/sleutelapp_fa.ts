<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AboutDialog</name>
    <message>
        <source>These translations were made by machine and no native speaker has checked them yet: {0}. If you see a wrong or unclear word, please tell the people who gave you Sleutelapp, so the translation can be improved.</source>
        <translation>این ترجمه‌ها را رایانه ساخته است و هنوز کسی که زبان مادری‌اش همین زبان است آن‌ها را بررسی نکرده است: {0}. اگر واژه‌ای نادرست یا نامفهوم دیدید، لطفاً به کسانی که Sleutelapp را به شما دادند بگویید تا ترجمه بهتر شود.</translation>
    </message>
    <message>
        <source>Noto fonts: {0}</source>
        <translation>قلم‌های Noto: {0}</translation>
    </message>
    <message>
        <source>GNU GPL 3.0 (referred to by the LGPL 3.0)</source>
        <translation>GNU GPL 3.0 (که LGPL 3.0 به آن ارجاع می‌دهد)</translation>
    </message>
    <message>
        <source>About Sleutelapp</source>
        <translation>دربارهٔ Sleutelapp</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>نسخهٔ {0}</translation>
    </message>
    <message>
        <source>The case notebook of a key person in civic integration. Everything stays encrypted on this computer; Sleutelapp does not use the internet.</source>
        <translation>پروندهٔ فرد کلیدی در ادغام. همه چیز به صورت رمزگذاری‌شده روی همین رایانه می‌ماند؛ Sleutelapp از اینترنت استفاده نمی‌کند.</translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence ({0}).</source>
        <translation>نرم‌افزار آزاد با مجوز European Union Public Licence ({0}).</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>اجزا</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>متن‌های مجوز</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>کپی مشخصات نسخه</translation>
    </message>
    <message>
        <source>Fonts {0}</source>
        <translation>قلم‌ها {0}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>جزء</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>Sleutelapp contains these parts made by others. The full licence texts are under ‘Licence texts’.</source>
        <translation>Sleutelapp این بخش‌ها را دارد که دیگران ساخته‌اند. متن کامل مجوزها در «متن‌های مجوز» است.</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>متن مجوز</translation>
    </message>
    <message>
        <source>Choose a licence</source>
        <translation>انتخاب مجوز</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>برنامه‌ای نیست</translation>
    </message>
    <message>
        <source>Enter opens the dialog that makes all due reports at once.</source>
        <translation>Enter پنجره‌ای را باز می‌کند که همهٔ گزارش‌های موعددار را یک‌جا می‌سازد.</translation>
    </message>
    <message>
        <source>you go along</source>
        <translation>همراهی می‌کنید</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <source>Task — {0}: {1}</source>
        <translation>کار — {0}: {1}</translation>
    </message>
    <message>
        <source>{0} — the termijn ends today</source>
        <translation>{0} — مهلت امروز تمام می‌شود</translation>
    </message>
    <message>
        <source>{0} — answer from DUO to the extension request expected</source>
        <translation>{0} — منتظر پاسخ DUO به درخواست تمدید</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Week {0}: {1} up to and including {2}</source>
        <translation>هفتهٔ {0}: از {1} تا پایان {2}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Previous week or month (Page Up)</source>
        <translation>هفته یا ماه قبل (Page Up)</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; قبلی</translation>
    </message>
    <message>
        <source>Back to this week or month (T)</source>
        <translation>بازگشت به این هفته یا ماه (T)</translation>
    </message>
    <message>
        <source>To t&amp;oday</source>
        <translation>به امروز</translation>
    </message>
    <message>
        <source>Next week or month (Page Down)</source>
        <translation>هفته یا ماه بعد (Page Down)</translation>
    </message>
    <message>
        <source>N&amp;ext &gt;</source>
        <translation>بعدی &gt;</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Agenda items by day</source>
        <translation>برنامه به تفکیک روز</translation>
    </message>
    <message>
        <source>Enter opens the newcomer. Ctrl+D: done, Ctrl+Shift+N: no-show, Ctrl+Shift+X: cancelled.</source>
        <translation>Enter پروندهٔ تازه‌وارد را باز می‌کند. Ctrl+D: انجام شد، Ctrl+Shift+N: نیامد، Ctrl+Shift+X: لغو شد.</translation>
    </message>
    <message>
        <source>Week as &amp;PDF…</source>
        <translation>هفته به صورت PDF…</translation>
    </message>
    <message>
        <source>Export the agenda (.&amp;ics)…</source>
        <translation>خروجی برنامه (.ics)…</translation>
    </message>
</context>
<context>
    <name>AgendaWeek</name>
    <message>
        <source>own agenda (paper)</source>
        <translation>برنامهٔ خودم (کاغذی)</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>{what}: {name}</source>
        <translation>{what}: {name}</translation>
    </message>
    <message>
        <source> (I go along)</source>
        <translation> (همراه می‌روم)</translation>
    </message>
    <message>
        <source>Cancelled: {item}</source>
        <translation>لغو شد: {item}</translation>
    </message>
    <message>
        <source>Task: {name}</source>
        <translation>کار: {name}</translation>
    </message>
    <message>
        <source>Term ends: {name}</source>
        <translation>پایان مهلت: {name}</translation>
    </message>
    <message>
        <source>DUO&apos;s answer on the extension expected: {name}</source>
        <translation>پاسخ DUO دربارهٔ تمدید مورد انتظار است: {name}</translation>
    </message>
    <message>
        <source>Agenda week {week}</source>
        <translation>برنامهٔ هفتهٔ {week}</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>از {start} تا پایان {end}</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>چیزی برنامه‌ریزی نشده است.</translation>
    </message>
    <message>
        <source>Agenda week {week} · personal</source>
        <translation>برنامهٔ هفتهٔ {week} · شخصی</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحهٔ {page} از {pages}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>برنامه</translation>
    </message>
</context>
<context>
    <name>AgendaWeekDialog</name>
    <message>
        <source>The week of {0} up to and including {1} as a PDF to print.</source>
        <translation>هفتهٔ {0} تا پایان {1} به صورت PDF برای چاپ.</translation>
    </message>
    <message>
        <source>Initials (A.K.)</source>
        <translation>حروف اول نام (A.K.)</translation>
    </message>
    <message>
        <source>Known-as name</source>
        <translation>نام رایج</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Save the week as PDF</source>
        <translation>ذخیرهٔ هفته به صورت PDF</translation>
    </message>
    <message>
        <source>Choose an existing folder for the file.</source>
        <translation>برای فایل، پوشه‌ای را انتخاب کنید که وجود دارد.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>در حال ساختن PDF…</translation>
    </message>
    <message>
        <source>Week as PDF</source>
        <translation>هفته به صورت PDF</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>نام‌ها</translation>
    </message>
    <message>
        <source>Show the &amp;type of health appointments (GP, hospital, …)</source>
        <translation>نمایش نوع قرارهای درمانی (پزشک خانواده، بیمارستان، …)</translation>
    </message>
    <message>
        <source>The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.</source>
        <translation>محل قرار درمانی فقط وقتی نشان داده می‌شود که نوع آن هم نشان داده شود: یک نشانی می‌تواند نشان دهد چه نوع درمانی است.</translation>
    </message>
    <message>
        <source>Show the &amp;place of appointments</source>
        <translation>نمایش محل قرارها</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>This paper is for yourself. Keep it with you and destroy it after the week. The Shared tab will say that these appointments were printed.</source>
        <translation>این کاغذ برای خود شماست. آن را همراه خود نگه دارید و بعد از این هفته از بین ببرید. در برگهٔ «اشتراک‌ها» نوشته می‌شود که این قرارها چاپ شده‌اند.</translation>
    </message>
</context>
<context>
    <name>AnonymisedSummary</name>
    <message>
        <source>Numbers count contacts, appointments, signals or hours; in brackets is the number of different newcomers the number rests on. * = not shown to protect privacy: fewer than {k} newcomers are involved, or it could otherwise be worked out from the totals. 12+ = at least 12: some of the merged overviews did not show this cell.</source>
        <translation>عددها تماس‌ها، قرارها، هشدارها یا ساعت‌ها را می‌شمارند؛ در پرانتز تعداد تازه‌واردان مختلفی آمده که آن عدد بر آن‌ها استوار است. * = برای حفظ حریم خصوصی نشان داده نمی‌شود: کمتر از {k} تازه‌وارد در کار است، یا می‌شد آن را از جمع‌ها حساب کرد. 12+ = دست‌کم 12: در بعضی از نماهای کلیِ ادغام‌شده این خانه نشان داده نشده بود.</translation>
    </message>
    <message>
        <source>This overview holds no names, no numbers of people, no free text and no dates finer than the period. Only newcomers who consented to be counted in anonymised overviews are counted.</source>
        <translation>این نمای کلی هیچ نام، هیچ شمارهٔ فردی، هیچ متن آزاد و هیچ تاریخی دقیق‌تر از دوره ندارد. فقط تازه‌واردانی شمرده می‌شوند که رضایت داده‌اند در نماهای کلیِ بی‌نام شمرده شوند.</translation>
    </message>
    <message>
        <source>What does a * mean? In that place is a number we do not show. This protects the privacy of the newcomers. We only show a number when it is about at least {k} different newcomers. With fewer people, someone might guess who it is about. Sometimes we also hide a second number, because otherwise you could work out the first one from the totals.</source>
        <translation>یک * چه معنایی دارد؟ در آن جا عددی هست که ما نشان نمی‌دهیم. این کار از حریم خصوصی تازه‌واردان محافظت می‌کند. ما عدد را فقط وقتی نشان می‌دهیم که دربارهٔ دست‌کم {k} تازه‌وارد مختلف باشد. اگر افراد کمتری باشند، ممکن است کسی حدس بزند دربارهٔ چه کسی است. گاهی عدد دومی را هم پنهان می‌کنیم، چون وگرنه می‌شد عدد اول را از جمع‌ها حساب کرد.</translation>
    </message>
    <message>
        <source>Why is much hidden? When an overview is about few newcomers, most numbers rest on fewer than {k} people. We do not show those numbers. That is not a mistake. Merged with the overviews of other key persons the groups grow and you see more.</source>
        <translation>چرا چیزهای زیادی پنهان است؟ وقتی یک نمای کلی دربارهٔ تعداد کمی تازه‌وارد است، بیشتر عددها بر کمتر از {k} نفر استوارند. ما آن عددها را نشان نمی‌دهیم. این اشتباه نیست. با ادغام نماهای کلیِ افراد کلیدی دیگر، گروه‌ها بزرگ‌تر می‌شوند و شما چیزهای بیشتری می‌بینید.</translation>
    </message>
    <message>
        <source>Each period gets one summary, with fixed figures. If you ask for the same period again later, you get the same figures. So nobody can subtract two overviews from each other to find a hidden number.</source>
        <translation>هر دوره یک خلاصه با عددهای ثابت دارد. اگر بعداً دوباره همان دوره را بخواهید، همان عددها را می‌گیرید. به این ترتیب هیچ‌کس نمی‌تواند دو نمای کلی را از هم کم کند تا عدد پنهانی را پیدا کند.</translation>
    </message>
    <message>
        <source>the label looks like it contains personal data ({0}); use a neutral label such as a neighbourhood</source>
        <translation>به نظر می‌رسد برچسب شامل اطلاعات شخصی است ({0})؛ یک برچسب خنثی مثل نام یک محله انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>BackupInfo</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n تازه‌وارد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of {when}: {newcomers}, {entries}.</source>
        <translation>نسخهٔ پشتیبان {when}: {newcomers}، {entries}.</translation>
    </message>
    <message>
        <source>Backup of {when}: {newcomers}, {entries}, last change {changed}.</source>
        <translation>نسخهٔ پشتیبان {when}: {newcomers}، {entries}، آخرین تغییر {changed}.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Appointment</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <source>I go along</source>
        <translation>همراه می‌روم</translation>
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
        <translation>حروف اول نام (A.K.)</translation>
    </message>
    <message>
        <source>Known-as name</source>
        <translation>نام رایج</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>own calendar</source>
        <translation>تقویم خود</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>ذخیرهٔ فایل تقویم</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>فایل تقویم (*.ics)</translation>
    </message>
    <message>
        <source>Choose an existing folder for the file.</source>
        <translation>برای فایل، پوشه‌ای را انتخاب کنید که وجود دارد.</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>در حال ساختن فایل تقویم…</translation>
    </message>
    <message>
        <source>Saved. The Shared tab now says that these items went to your calendar:</source>
        <translation>ذخیره شد. در برگهٔ «اشتراک‌ها» اکنون نوشته شده که این موارد به تقویم شما رفته‌اند:</translation>
    </message>
    <message>
        <source>Export the agenda (.ics)</source>
        <translation>خروجی برنامه (.ics)</translation>
    </message>
    <message>
        <source>Your planned appointments and open tasks go into a calendar file (.ics). You can open it in the calendar on your phone or computer.</source>
        <translation>قرارهای برنامه‌ریزی‌شده و کارهای باز شما در یک فایل تقویم (.ics) قرار می‌گیرند. می‌توانید آن را در تقویم گوشی یا رایانهٔ خود باز کنید.</translation>
    </message>
    <message>
        <source>&amp;Days ahead</source>
        <translation>روزهای پیش رو</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>نام‌ها</translation>
    </message>
    <message>
        <source>Show the &amp;type of health appointments (GP, hospital, …)</source>
        <translation>نمایش نوع قرارهای درمانی (پزشک خانواده، بیمارستان، …)</translation>
    </message>
    <message>
        <source>The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.</source>
        <translation>محل قرار درمانی فقط وقتی نشان داده می‌شود که نوع آن هم نشان داده شود: یک نشانی می‌تواند نشان دهد چه نوع درمانی است.</translation>
    </message>
    <message>
        <source>Show the &amp;place of appointments</source>
        <translation>نمایش محل قرارها</translation>
    </message>
    <message>
        <source>&amp;Goes to</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Careful: a calendar on your phone that syncs sends everything in this file to the company behind that calendar (Google, Apple or Microsoft). That is why names are initials and places and health types stay out, unless you choose otherwise.</source>
        <translation>توجه: تقویمی در گوشی شما که همگام‌سازی می‌کند، همه چیزِ این فایل را برای شرکتِ صاحب آن تقویم (Google، Apple یا Microsoft) می‌فرستد. به همین دلیل نام‌ها فقط با حروف اول می‌آیند و محل‌ها و نوع قرارهای درمانی نمی‌آیند، مگر این‌که خودتان چیز دیگری انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Accepted</source>
        <translation>شمرده می‌شود</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>شمرده نمی‌شود</translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n summary(ies)</source>
        <translation>
            <numerusform>{0}، %n خلاصه</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>توضیح</translation>
    </message>
</context>
<context>
    <name>CaseError</name>
    <message>
        <source>A case file already exists in {data}. Nothing was overwritten.</source>
        <translation>در {data} از قبل یک فایل پرونده هست. چیزی بازنویسی نشد.</translation>
    </message>
    <message>
        <source>The time zone data (Europe/Amsterdam) is missing from this installation. Reinstall Sleutelapp.</source>
        <translation>داده‌های منطقهٔ زمانی (Europe/Amsterdam) در این نصب وجود ندارد. Sleutelapp را دوباره نصب کنید.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder; nothing was written.</source>
        <translation>پوشهٔ {folder} وجود ندارد. پوشه‌ای را انتخاب کنید که وجود دارد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>{folder} already holds a file of the same name ({files}). Choose another folder or move that file; nothing was written.</source>
        <translation>در {folder} از قبل فایلی با همین نام هست ({files}). پوشهٔ دیگری انتخاب کنید یا آن فایل را جابه‌جا کنید؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Choose at least one newcomer to hand over.</source>
        <translation>دست‌کم یک تازه‌وارد را برای واگذاری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: {reason}</source>
        <translation>واگذاری رد شد، چیزی تغییر نکرد: {reason}</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>فایل خیلی بزرگ است</translation>
    </message>
    <message>
        <source>the content cannot be read</source>
        <translation>محتوا خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>the content is nested too deeply</source>
        <translation>محتوا بیش از حد تودرتو است</translation>
    </message>
    <message>
        <source>an id occurs twice</source>
        <translation>یک شناسه (id) دو بار آمده است</translation>
    </message>
    <message>
        <source>invalid data ({exc})</source>
        <translation>دادهٔ نامعتبر ({exc})</translation>
    </message>
    <message>
        <source>This is not a transfer code: it has 24 letters and digits in groups of four (for example ABCD-EFGH-…). Check what you typed.</source>
        <translation>این کد واگذاری نیست: کد واگذاری 24 حرف و رقم در گروه‌های چهارتایی دارد (مثلاً ABCD-EFGH-…). آنچه را تایپ کرده‌اید بررسی کنید.</translation>
    </message>
    <message>
        <source>That is too much for one handover file. Choose fewer newcomers at a time.</source>
        <translation>این برای یک فایل واگذاری زیاد است. هر بار تازه‌واردان کمتری انتخاب کنید.</translation>
    </message>
    <message>
        <source>the file is damaged or was changed. Ask your colleague for a new file.</source>
        <translation>فایل آسیب دیده یا تغییر کرده است. از همکارتان یک فایل تازه بخواهید.</translation>
    </message>
    <message>
        <source>this is not a handover file</source>
        <translation>این فایل واگذاری نیست</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>فایل ناقص است</translation>
    </message>
    <message>
        <source>version {version} is not supported (update the app)</source>
        <translation>نسخهٔ {version} پشتیبانی نمی‌شود (برنامه را به‌روز کنید)</translation>
    </message>
    <message>
        <source>This transfer code does not fit this file. Nothing was changed; check the code and try again.</source>
        <translation>این کد واگذاری با این فایل جور نیست. چیزی تغییر نکرد؛ کد را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>the content is too large</source>
        <translation>محتوا خیلی بزرگ است</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>یک عدد</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>یک عدد صحیح</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true یا false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>یک فهرست</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>یک شیء</translation>
    </message>
    <message>
        <source>Import refused, nothing was changed: {problem}</source>
        <translation>ورود داده‌ها رد شد، چیزی تغییر نکرد: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Import refused, nothing was changed: %n problem(s) in the file.</source>
        <translation>
            <numerusform>ورود داده‌ها رد شد، چیزی تغییر نکرد: %n مشکل در فایل.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation>… و {more} مورد دیگر</translation>
    </message>
    <message>
        <source>not a valid id (a lower-case UUID)</source>
        <translation>شناسهٔ معتبر نیست (یک UUID با حروف کوچک)</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD)</source>
        <translation>تاریخ معتبر نیست (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD or null)</source>
        <translation>تاریخ معتبر نیست (YYYY-MM-DD یا null)</translation>
    </message>
    <message>
        <source>only contacts have topics</source>
        <translation>فقط تماس‌ها موضوع دارند</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} یا {other}</translation>
    </message>
    <message>
        <source>must be {type}</source>
        <translation>باید {type} باشد</translation>
    </message>
    <message>
        <source>unknown value {value}</source>
        <translation>مقدار ناشناخته {value}</translation>
    </message>
    <message>
        <source>too long (at most {limit} characters)</source>
        <translation>خیلی طولانی است (حداکثر {limit} نویسه)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>نباید خالی باشد</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>باید دست‌کم {limit} باشد</translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation>باید بیشتر از {limit} باشد</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>باید حداکثر {limit} باشد</translation>
    </message>
    <message>
        <source>too many items (at most {limit})</source>
        <translation>موارد خیلی زیاد است (حداکثر {limit})</translation>
    </message>
    <message>
        <source>holds a value twice</source>
        <translation>یک مقدار را دو بار دارد</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>قسمت ناشناخته</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>وجود ندارد</translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation>فایل خوانده نمی‌شود ({strerror})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>متن UTF-8 نیست</translation>
    </message>
    <message>
        <source>not valid JSON (line {lineno})</source>
        <translation>JSON معتبر نیست (خط {lineno})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>بیش از حد تودرتو</translation>
    </message>
    <message>
        <source>a number with too many digits</source>
        <translation>عددی با رقم‌های خیلی زیاد</translation>
    </message>
    <message>
        <source>this is not a sleutelapp-data file</source>
        <translation>این فایل sleutelapp-data نیست</translation>
    </message>
    <message>
        <source>version {get!r} is not supported</source>
        <translation>نسخهٔ {get!r} پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>holds an invalid character</source>
        <translation>یک نویسهٔ نامعتبر دارد</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>تاریخ معتبر نیست</translation>
    </message>
    <message>
        <source>id {value} already occurs at {seen}</source>
        <translation>شناسهٔ {value} از قبل در {seen} آمده است</translation>
    </message>
    <message>
        <source>id {value} already exists in this case file</source>
        <translation>شناسهٔ {value} از قبل در این پرونده هست</translation>
    </message>
    <message>
        <source>The period is wrong: the end date is before the start date.</source>
        <translation>دوره درست نیست: تاریخ پایان پیش از تاریخ شروع است.</translation>
    </message>
    <message>
        <source>{name} has no active consent for a report for the regisseur. Record the consent first: Consents tab of the newcomer, &apos;Report for the regisseur&apos; (verbal or signed). Nothing was saved.</source>
        <translation>{name} برای گزارش برای مسئول ادغام رضایت معتبر ندارد. اول رضایت را ثبت کنید: برگهٔ «رضایت‌ها» در پروندهٔ تازه‌وارد، «گزارش برای مسئول ادغام» (شفاهی یا امضاشده). چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>the file cannot be read ({strerror}).</source>
        <translation>فایل خوانده نمی‌شود ({strerror}).</translation>
    </message>
    <message>
        <source>the file is larger than 10 MB; that is not a summary.</source>
        <translation>فایل بزرگ‌تر از 10 MB است؛ این خلاصه نیست.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>فایل متن UTF-8 نیست.</translation>
    </message>
    <message>
        <source>the content does not match the format.</source>
        <translation>محتوا با قالب جور نیست.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}); it may be truncated.</source>
        <translation>فایل JSON معتبر نیست (خط {line}، ستون {column})؛ شاید ناقص مانده باشد.</translation>
    </message>
    <message>
        <source>the file is not valid JSON; it may be truncated.</source>
        <translation>فایل JSON معتبر نیست؛ شاید ناقص مانده باشد.</translation>
    </message>
    <message>
        <source>a number with decimals or a special value ({text}); a summary holds whole numbers only.</source>
        <translation>عددی با اعشار یا یک مقدار ویژه ({text})؛ خلاصه فقط عدد صحیح دارد.</translation>
    </message>
    <message>
        <source>a number is far too large ({digits} digits).</source>
        <translation>یک عدد بسیار بزرگ است ({digits} رقم).</translation>
    </message>
    <message>
        <source>the field &apos;{key}&apos; occurs twice.</source>
        <translation>قسمت «{key}» دو بار آمده است.</translation>
    </message>
    <message>
        <source>the file is nested too deeply; that is not a summary.</source>
        <translation>فایل بیش از حد تودرتو است؛ این خلاصه نیست.</translation>
    </message>
    <message>
        <source>the file holds far too many elements.</source>
        <translation>فایل بسیار زیاد جزء دارد.</translation>
    </message>
    <message>
        <source>this is not a Sleutelapp summary (format &apos;sleutelapp-summary&apos;).</source>
        <translation>این خلاصهٔ Sleutelapp نیست (قالب &apos;sleutelapp-summary&apos;).</translation>
    </message>
    <message>
        <source>this app does not know this version of the summary format; update Sleutelapp.</source>
        <translation>این برنامه این نسخه از قالب خلاصه را نمی‌شناسد؛ Sleutelapp را به‌روز کنید.</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(سطح اصلی)</translation>
    </message>
    <message>
        <source>unknown field at {where}: {message}. Extra fields could carry personal data; the file was refused.</source>
        <translation>قسمت ناشناخته در {where}: {message}. قسمت‌های اضافی ممکن است اطلاعات شخصی داشته باشند؛ فایل رد شد.</translation>
    </message>
    <message>
        <source>invalid value at {where}: {message}</source>
        <translation>مقدار نامعتبر در {where}: {message}</translation>
    </message>
    <message>
        <source>the same part summary occurs twice.</source>
        <translation>همان خلاصهٔ جزئی دو بار آمده است.</translation>
    </message>
    <message>
        <source>k does not match the parts.</source>
        <translation>کوچک‌ترین گروه (k) با بخش‌ها جور نیست.</translation>
    </message>
    <message>
        <source>a cell&apos;s status does not match its number (suppressed without a number, otherwise with one).</source>
        <translation>وضعیت یک خانه با عدد آن جور نیست (پنهان بدون عدد، وگرنه با عدد).</translation>
    </message>
    <message>
        <source>the table {id} does not have the right shape.</source>
        <translation>جدول {id} شکل درستی ندارد.</translation>
    </message>
    <message>
        <source>the table {id} shows a number about fewer than {k} newcomers (the smallest group that may be shown).</source>
        <translation>جدول {id} عددی را دربارهٔ کمتر از {k} تازه‌وارد نشان می‌دهد (کوچک‌ترین گروهی که می‌توان نشان داد).</translation>
    </message>
    <message>
        <source>the file&apos;s id does not match its parts; it was edited or made by hand.</source>
        <translation>شناسهٔ فایل با بخش‌های آن جور نیست؛ فایل ویرایش شده یا با دست ساخته شده است.</translation>
    </message>
    <message>
        <source>two parts come from the same case file for the same period; that counts twice or can be subtracted.</source>
        <translation>دو بخش از یک پرونده و برای یک دوره هستند؛ این یعنی دو بار شمردن یا امکان کم کردن از هم.</translation>
    </message>
    <message>
        <source>the table {table} {problem}</source>
        <translation>جدول {table} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>a shown cell rests on %n newcomer(s), fewer than the smallest group ({k}).</source>
        <translation>
            <numerusform>یک خانهٔ نشان‌داده‌شده بر %n تازه‌وارد استوار است، کمتر از کوچک‌ترین گروه ({k}).</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of newcomers not counted does not match itself.</source>
        <translation>تعداد تازه‌واردان شمرده‌نشده با خودش جور نیست.</translation>
    </message>
    <message>
        <source>has a cell of {value} resting on {newcomers} newcomers; that is impossible.</source>
        <translation>خانه‌ای با مقدار {value} دارد که بر {newcomers} تازه‌وارد استوار است؛ این ممکن نیست.</translation>
    </message>
    <message>
        <source>counts newcomers other than by the number of newcomers.</source>
        <translation>تازه‌واردان را به شکلی غیر از تعداد تازه‌واردان می‌شمارد.</translation>
    </message>
    <message>
        <source>has a cell on {newcomers} newcomers, more than the {counted} counted.</source>
        <translation>خانه‌ای بر {newcomers} تازه‌وارد دارد، بیشتر از {counted} نفرِ شمرده‌شده.</translation>
    </message>
    <message>
        <source>has a cell ({value} on {newcomers} newcomers) larger than its total ({total} on {total_newcomers}).</source>
        <translation>خانه‌ای دارد ({value} بر {newcomers} تازه‌وارد) که از جمع خود ({total} بر {total_newcomers}) بزرگ‌تر است.</translation>
    </message>
    <message>
        <source>has cells that together ({summed}) exceed their total ({value}).</source>
        <translation>خانه‌هایی دارد که با هم ({summed}) از جمع خود ({value}) بیشترند.</translation>
    </message>
    <message>
        <source>has a total resting on {newcomers} newcomers, more than its cells together ({people}).</source>
        <translation>جمعی دارد که بر {newcomers} تازه‌وارد استوار است، بیشتر از خانه‌هایش با هم ({people}).</translation>
    </message>
    <message>
        <source>has cells that together ({summed}) do not add up to their total ({value}).</source>
        <translation>خانه‌هایی دارد که با هم ({summed}) به جمع خود ({value}) نمی‌رسند.</translation>
    </message>
    <message>
        <source>Summaries of different periods cannot be merged.</source>
        <translation>خلاصه‌های دوره‌های مختلف را نمی‌توان ادغام کرد.</translation>
    </message>
    <message>
        <source>No summaries to merge.</source>
        <translation>خلاصه‌ای برای ادغام نیست.</translation>
    </message>
    <message>
        <source>The same summary or case file was offered twice.</source>
        <translation>همان خلاصه یا همان پرونده دو بار داده شده است.</translation>
    </message>
    <message>
        <source>this summary is already in {name}; it cannot be counted twice.</source>
        <translation>این خلاصه از قبل در {name} هست؛ نمی‌توان آن را دو بار شمرد.</translation>
    </message>
    <message>
        <source>the period {code} differs from {other_code} ({name}); only summaries of one period can be merged.</source>
        <translation>دورهٔ {code} با {other_code} ({name}) فرق دارد؛ فقط خلاصه‌های یک دوره را می‌توان ادغام کرد.</translation>
    </message>
    <message>
        <source>comes from the same case file as {name} for the same period (a re-made or copied summary); together they can be subtracted.</source>
        <translation>از همان پروندهٔ {name} و برای همان دوره است (خلاصه‌ای که دوباره ساخته یا کپی شده)؛ با هم می‌توان آن‌ها را از هم کم کرد.</translation>
    </message>
    <message>
        <source>has exactly the same figures as {name} under another id; a copy is not counted twice.</source>
        <translation>دقیقاً همان عددهای {name} را با شناسهٔ دیگری دارد؛ کپی دو بار شمرده نمی‌شود.</translation>
    </message>
    <message>
        <source>Summaries of different periods ({periods}) cannot be merged.</source>
        <translation>خلاصه‌های دوره‌های مختلف ({periods}) را نمی‌توان ادغام کرد.</translation>
    </message>
    <message>
        <source>The same summary was offered twice.</source>
        <translation>همان خلاصه دو بار داده شده است.</translation>
    </message>
    <message>
        <source>Two summaries come from the same case file for the same period.</source>
        <translation>دو خلاصه از یک پرونده و برای یک دوره هستند.</translation>
    </message>
    <message>
        <source>The case file is locked.</source>
        <translation>پرونده قفل است.</translation>
    </message>
    <message>
        <source>Sleutelapp has this case file open. Close the app and try again; nothing was changed. Read-only commands such as &apos;check&apos; and &apos;newcomers&apos; still work.</source>
        <translation>Sleutelapp این پرونده را باز دارد. برنامه را ببندید و دوباره امتحان کنید؛ چیزی تغییر نکرد. فرمان‌های فقط‌خواندنی مثل &apos;check&apos; و &apos;newcomers&apos; همچنان کار می‌کنند.</translation>
    </message>
    <message>
        <source>{name} is not a usable backup: {detail}. Nothing was changed; choose another backup.</source>
        <translation>{name} نسخهٔ پشتیبان قابل استفاده نیست: {detail}. چیزی تغییر نکرد؛ نسخهٔ پشتیبان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>There is not enough space for the backup in {parent}. No backup was written and the case file was not changed. Free some space or choose another place.</source>
        <translation>در {parent} برای نسخهٔ پشتیبان جای کافی نیست. نسخهٔ پشتیبانی نوشته نشد و پرونده تغییر نکرد. کمی جا خالی کنید یا جای دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>the key does not fit</source>
        <translation>کلید جور نیست</translation>
    </message>
    <message>
        <source>The backup could not be verified: the case file itself seems damaged. No backup was written; run the health check (&apos;check&apos;).</source>
        <translation>نسخهٔ پشتیبان را نمی‌شد بررسی کرد: به نظر می‌رسد خود فایل پرونده آسیب دیده است. نسخهٔ پشتیبانی نوشته نشد؛ بررسی سلامت (&apos;check&apos;) را اجرا کنید.</translation>
    </message>
    <message>
        <source>the database does not open</source>
        <translation>پایگاه داده باز نمی‌شود</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>پایگاه داده آسیب دیده است</translation>
    </message>
    <message>
        <source>the database is damaged or does not match its key</source>
        <translation>پایگاه داده آسیب دیده یا با کلیدش جور نیست</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>فایل وجود ندارد</translation>
    </message>
    <message>
        <source>it is not a (complete) Sleutelapp backup</source>
        <translation>این نسخهٔ پشتیبانِ (کامل) Sleutelapp نیست</translation>
    </message>
    <message>
        <source>its manifest is unreadable</source>
        <translation>فهرست محتوای آن خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>it is not a Sleutelapp backup</source>
        <translation>این نسخهٔ پشتیبان Sleutelapp نیست</translation>
    </message>
    <message>
        <source>it comes from a newer Sleutelapp; update the app</source>
        <translation>از نسخهٔ جدیدتری از Sleutelapp است؛ برنامه را به‌روز کنید</translation>
    </message>
    <message>
        <source>its manifest is incomplete</source>
        <translation>فهرست محتوای آن ناقص است</translation>
    </message>
    <message>
        <source>it holds unknown files</source>
        <translation>فایل‌های ناشناخته دارد</translation>
    </message>
    <message>
        <source>{name} is damaged</source>
        <translation>{name} آسیب دیده است</translation>
    </message>
    <message>
        <source>Invalid data: {problem}</source>
        <translation>دادهٔ نامعتبر: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: one or more ids already exist in this case file, or an entry refers to an unknown newcomer.</source>
        <translation>چیزی وارد نشد: یک یا چند شناسه از قبل در این پرونده هست، یا یک مورد به تازه‌وارد ناشناخته‌ای مربوط است.</translation>
    </message>
    <message>
        <source>This case file was written by a newer version of Sleutelapp. Update the app; the file was left untouched.</source>
        <translation>این فایل پرونده با نسخهٔ جدیدتری از Sleutelapp نوشته شده است. برنامه را به‌روز کنید؛ به فایل دست زده نشد.</translation>
    </message>
    <message>
        <source>There is no case file in {parent} yet. Create one with &apos;sleutelapp init&apos; or restore a backup.</source>
        <translation>هنوز در {parent} فایل پرونده‌ای نیست. با &apos;sleutelapp init&apos; یکی بسازید یا یک نسخهٔ پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <source>The case file {name} is empty (0 bytes). It was left untouched; restore a backup.</source>
        <translation>فایل پروندهٔ {name} خالی است (0 بایت). به آن دست زده نشد؛ یک نسخهٔ پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <source>{name} is a plain (unencrypted) SQLite database, not a Sleutelapp case file. It was left untouched; restore a backup.</source>
        <translation>{name} یک پایگاه دادهٔ SQLite ساده (رمزگذاری‌نشده) است، نه فایل پروندهٔ Sleutelapp. به آن دست زده نشد؛ یک نسخهٔ پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <source>{name} is not a Sleutelapp case file but another kind of file{kind}. It was left untouched; restore a backup.</source>
        <translation>{name} فایل پروندهٔ Sleutelapp نیست، بلکه نوع دیگری از فایل است{kind}. به آن دست زده نشد؛ یک نسخهٔ پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <source>The case file {name} is damaged{extra}. It was left untouched; restore a backup.</source>
        <translation>فایل پروندهٔ {name} آسیب دیده است{extra}. به آن دست زده نشد؛ یک نسخهٔ پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <source>The key file case.key does not belong to {name}: it opens another case file. Put the right case.key back or restore a backup; nothing was touched.</source>
        <translation>فایل کلید case.key مال {name} نیست: پروندهٔ دیگری را باز می‌کند. case.key درست را برگردانید یا یک نسخهٔ پشتیبان را بازگردانید؛ به چیزی دست زده نشد.</translation>
    </message>
    <message>
        <source>The disk is full: Sleutelapp cannot open the case file for writing now. The case file is not damaged. Free some space (delete or move files) and try again.</source>
        <translation>دیسک پر است: Sleutelapp الان نمی‌تواند پرونده را برای نوشتن باز کند. فایل پرونده آسیب ندیده است. کمی جا خالی کنید (فایل‌ها را پاک یا جابه‌جا کنید) و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Could not write to the disk (full?): nothing was saved. Free some space and try again.</source>
        <translation>نوشتن روی دیسک ممکن نشد (پر است؟): چیزی ذخیره نشد. کمی جا خالی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Invalid consent: {exc}</source>
        <translation>رضایت نامعتبر: {exc}</translation>
    </message>
    <message>
        <source>Invalid consent: that consent sheet was not made for this newcomer.</source>
        <translation>رضایت نامعتبر است: آن برگهٔ رضایت برای این تازه‌وارد ساخته نشده است.</translation>
    </message>
    <message>
        <source>Consent not found.</source>
        <translation>رضایت پیدا نشد.</translation>
    </message>
    <message>
        <source>Invalid entry: {problem}</source>
        <translation>مورد نامعتبر: {problem}</translation>
    </message>
    <message>
        <source>This entry was changed after you opened it (in another window). Nothing was saved. Close this window and open the entry again to see the latest version.</source>
        <translation>این مورد پس از این‌که آن را باز کردید (در پنجرهٔ دیگری) تغییر کرده است. چیزی ذخیره نشد. این پنجره را ببندید و مورد را دوباره باز کنید تا آخرین نسخه را ببینید.</translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation>این مورد (دیگر) وجود ندارد.</translation>
    </message>
    <message>
        <source>that is the name of a case file</source>
        <translation>این نام یک فایل پرونده است</translation>
    </message>
    <message>
        <source>that is a backup file</source>
        <translation>این یک فایل پشتیبان است</translation>
    </message>
    <message>
        <source>a case file or a backup is there</source>
        <translation>آنجا یک پرونده یا نسخهٔ پشتیبان هست</translation>
    </message>
    <message>
        <source>that is the folder of the case file (or a folder inside it)</source>
        <translation>این پوشهٔ پرونده است (یا پوشه‌ای درون آن)</translation>
    </message>
    <message>
        <source>Not written to {target}: {why}. An export may never touch the case file or its backups; choose another folder (for example Documents or a USB stick).</source>
        <translation>در {target} نوشته نشد: {why}. خروجی هرگز نباید به پرونده یا نسخه‌های پشتیبان آن دست بزند؛ پوشهٔ دیگری انتخاب کنید (مثلاً Documents یا یک فلش USB).</translation>
    </message>
    <message>
        <source>Invalid extension request: {exc}</source>
        <translation>درخواست تمدید نامعتبر: {exc}</translation>
    </message>
    <message>
        <source>Extension request not found.</source>
        <translation>درخواست تمدید پیدا نشد.</translation>
    </message>
    <message>
        <source>Nothing was changed: an extension request in the file already exists in this case file, or belongs to an unknown newcomer.</source>
        <translation>چیزی تغییر نکرد: یک درخواست تمدید در فایل از قبل در این پرونده هست، یا به تازه‌وارد ناشناخته‌ای مربوط است.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: these ids already exist in your case file: {shown}.</source>
        <translation>واگذاری رد شد، چیزی تغییر نکرد: این شناسه‌ها از قبل در پروندهٔ شما هستند: {shown}.</translation>
    </message>
    <message>
        <source>This handover was already received on {when}. Nothing was changed.</source>
        <translation>این واگذاری قبلاً در {when} دریافت شده است. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: {names} is already in your case file. Erase that newcomer first, or ask your colleague for a handover without them.</source>
        <translation>واگذاری رد شد، چیزی تغییر نکرد: {names} از قبل در پروندهٔ شما هست. اول آن تازه‌وارد را پاک کنید، یا از همکارتان واگذاری‌ای بدون او بخواهید.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: a disclosure in the file belongs to another newcomer in your case file.</source>
        <translation>واگذاری رد شد، چیزی تغییر نکرد: یکی از اشتراک‌های داخل فایل، در پروندهٔ شما به تازه‌وارد دیگری مربوط است.</translation>
    </message>
    <message>
        <source>The passphrase holds characters that are not valid text (not UTF-8). Type it again; nothing was changed.</source>
        <translation>عبارت عبور نویسه‌هایی دارد که متن معتبر نیستند (UTF-8 نیست). دوباره تایپ کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>عبارت عبور اشتباه است. چیزی تغییر نکرد؛ دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>This recovery key does not fit this case file. Check the characters.</source>
        <translation>این کلید بازیابی با این فایل پرونده جور نیست. نویسه‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>The key file (case.key) was written by a newer Sleutelapp. Update the app.</source>
        <translation>فایل کلید (case.key) با نسخهٔ جدیدتری از Sleutelapp نوشته شده است. برنامه را به‌روز کنید.</translation>
    </message>
    <message>
        <source>The key file case.key is missing next to the case file. Put it back or restore a backup.</source>
        <translation>فایل کلید case.key کنار فایل پرونده نیست. آن را برگردانید یا یک نسخهٔ پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <source>The key file case.key is damaged ({detail}). Restore a backup or use a copy.</source>
        <translation>فایل کلید case.key آسیب دیده است ({detail}). یک نسخهٔ پشتیبان را بازگردانید یا از یک کپی استفاده کنید.</translation>
    </message>
    <message>
        <source>Invalid newcomer: {problem}</source>
        <translation>تازه‌وارد نامعتبر: {problem}</translation>
    </message>
    <message>
        <source>No newcomer found for &apos;{ref}&apos;. Use &apos;sleutelapp newcomers&apos; to see the list.</source>
        <translation>هیچ تازه‌واردی برای «{ref}» پیدا نشد. برای دیدن فهرست از &apos;sleutelapp newcomers&apos; استفاده کنید.</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; matches {count} newcomers. Use the id (see &apos;sleutelapp newcomers&apos;).</source>
        <translation>«{ref}» با {count} تازه‌وارد جور است. از شناسه (id) استفاده کنید (نگاه کنید به &apos;sleutelapp newcomers&apos;).</translation>
    </message>
    <message>
        <source>Unknown report schedule {schedule!r}: choose &apos;month&apos; or &apos;quarter&apos;.</source>
        <translation>برنامهٔ گزارش ناشناخته {schedule!r}: &apos;month&apos; یا &apos;quarter&apos; را انتخاب کنید.</translation>
    </message>
    <message>
        <source>the database or the key file is missing</source>
        <translation>پایگاه داده یا فایل کلید وجود ندارد</translation>
    </message>
    <message>
        <source>the key file inside is damaged</source>
        <translation>فایل کلید داخل آن آسیب دیده است</translation>
    </message>
    <message>
        <source>There is not enough space in {data} to unpack the backup. Nothing was changed; free some space and try again.</source>
        <translation>در {data} برای باز کردن نسخهٔ پشتیبان جای کافی نیست. چیزی تغییر نکرد؛ کمی جا خالی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>This recovery key does not open this backup. Nothing was changed.</source>
        <translation>این کلید بازیابی این نسخهٔ پشتیبان را باز نمی‌کند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This passphrase does not open this backup. It may have been made while you had another passphrase: try that one, or the recovery key. Nothing was changed.</source>
        <translation>این عبارت عبور این نسخهٔ پشتیبان را باز نمی‌کند. شاید نسخهٔ پشتیبان وقتی ساخته شده که عبارت عبور دیگری داشتید: آن را امتحان کنید، یا کلید بازیابی را. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The unpacked backup disappeared (another Sleutelapp window?). Nothing was changed; try again.</source>
        <translation>نسخهٔ پشتیبانِ بازشده ناپدید شد (پنجرهٔ دیگری از Sleutelapp؟). چیزی تغییر نکرد؛ دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>لازم است</translation>
    </message>
    <message>
        <source>is before given_on</source>
        <translation>پیش از given_on است</translation>
    </message>
    <message>
        <source>is required when the status is closed</source>
        <translation>وقتی وضعیت «بسته‌شده» است لازم است</translation>
    </message>
    <message>
        <source>must be empty while the status is active</source>
        <translation>تا وقتی وضعیت «فعال» است باید خالی باشد</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>در آینده است</translation>
    </message>
    <message>
        <source>a note needs text</source>
        <translation>یادداشت باید متن داشته باشد</translation>
    </message>
    <message>
        <source>a task needs a description of what to do</source>
        <translation>کار باید شرحی از آنچه باید انجام شود داشته باشد</translation>
    </message>
    <message>
        <source>an activity needs hours above 0</source>
        <translation>فعالیت باید ساعتی بیشتر از 0 داشته باشد</translation>
    </message>
    <message>
        <source>is before {day}</source>
        <translation>پیش از {day} است</translation>
    </message>
    <message>
        <source>is after {day}</source>
        <translation>پس از {day} است</translation>
    </message>
    <message>
        <source>The disk of the case file is full. An export must be recorded in the disclosure register and there is no room for that: nothing was exported. Free some space and try again; &apos;check&apos;, &apos;newcomers&apos; and &apos;backup -o&apos; still work.</source>
        <translation>دیسکِ پرونده پر است. هر خروجی باید در فهرست اشتراک‌ها ثبت شود و برای آن جایی نیست: چیزی خارج نشد. کمی جا خالی کنید و دوباره امتحان کنید؛ &apos;check&apos;، &apos;newcomers&apos; و &apos;backup -o&apos; همچنان کار می‌کنند.</translation>
    </message>
</context>
<context>
    <name>ChoosableNewcomers</name>
    <message>
        <source>{0} (closed)</source>
        <translation>{0} (بسته‌شده)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>متوقف شد.</translation>
    </message>
    <message>
        <source>{name}: holds characters that are not valid text (not UTF-8)</source>
        <translation>{name}: نویسه‌هایی دارد که متن معتبر نیستند (UTF-8 نیست)</translation>
    </message>
    <message>
        <source>--days must be 0..3660</source>
        <translation>--days باید 0..3660 باشد</translation>
    </message>
    <message>
        <source>--ics and --week-pdf do not go together</source>
        <translation>--ics و --week-pdf با هم به کار نمی‌روند</translation>
    </message>
    <message>
        <source>{flag} goes with --ics FILE or --week-pdf FILE</source>
        <translation>{flag} فقط همراه --ics FILE یا --week-pdf FILE به کار می‌رود</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>برنامه‌ای نیست.</translation>
    </message>
    <message>
        <source>--json and {flag} do not go together</source>
        <translation>--json و {flag} با هم به کار نمی‌روند</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>پوشهٔ {folder} وجود ندارد</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} پوشه است، نه فایل</translation>
    </message>
    <message>
        <source>Week written: {path} ({start} to {end}; recorded in the disclosure register).</source>
        <translation>هفته نوشته شد: {path} (از {start} تا پایان {end}؛ در فهرست اشتراک‌ها ثبت شد).</translation>
    </message>
    <message numerus="yes">
        <source>Calendar written: {path} (%n item(s), {start} to {end}; recorded in the disclosure register).</source>
        <translation>
            <numerusform>تقویم نوشته شد: {path} (%n مورد، از {start} تا پایان {end}؛ در فهرست اشتراک‌ها ثبت شد).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({newcomers}, {entries}, {size} MB).</source>
        <translation>نسخهٔ پشتیبان نوشته و بررسی شد: {path} ({newcomers}، {entries}، {size} MB).</translation>
    </message>
    <message numerus="yes">
        <source>the case file has %n problem(s); make no changes and restore a backup.</source>
        <translation>
            <numerusform>فایل پرونده %n مشکل دارد؛ تغییری ندهید و یک نسخهٔ پشتیبان را بازگردانید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures the case file keeps (for summaries and reports due) did not match its data; they have been counted again.</source>
        <translation>ارقامی که فایل پرونده نگه می‌دارد (برای خلاصه‌ها و گزارش‌های موعدرسیده) با داده‌هایش مطابقت نداشتند؛ دوباره شمرده شدند.</translation>
    </message>
    <message numerus="yes">
        <source>All is well: the case file is intact and encrypted (%n newcomer(s)).</source>
        <translation>
            <numerusform>همه چیز درست است: فایل پرونده سالم و رمزگذاری‌شده است (%n تازه‌وارد).</numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>ب</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>بله</translation>
    </message>
    <message>
        <source>{env} is not valid UTF-8 text; set the passphrase again</source>
        <translation>{env} متن UTF-8 معتبر نیست؛ عبارت عبور را دوباره تنظیم کنید</translation>
    </message>
    <message>
        <source>no passphrase: set {env} or use a terminal</source>
        <translation>عبارت عبوری نیست: {env} را تنظیم کنید یا از ترمینال استفاده کنید</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارت عبور: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>دوباره: </translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>عبارت‌های عبور یکسان نیستند</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved.</source>
        <translation>دیسک پر است؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>cannot use file: {file} ({reason})</source>
        <translation>از فایل نمی‌شود استفاده کرد: {file} ({reason})</translation>
    </message>
    <message>
        <source>unexpected error ({error}); a report without personal data was written to {where}</source>
        <translation>خطای غیرمنتظره ({error})؛ گزارشی بدون اطلاعات شخصی در {where} نوشته شد</translation>
    </message>
    <message>
        <source>--newcomers 0..100000 and --entries-per 0..10000</source>
        <translation>--newcomers بین 0..100000 و --entries-per بین 0..10000</translation>
    </message>
    <message>
        <source>Demo data added: {newcomers}, {entries}.</source>
        <translation>داده‌های نمایشی اضافه شد: {newcomers}، {entries}.</translation>
    </message>
    <message>
        <source>(no person)</source>
        <translation>(بدون فرد)</translation>
    </message>
    <message>
        <source>erasing asks for confirmation: use a terminal or --yes. Nothing was erased.</source>
        <translation>پاک کردن نیاز به تأیید دارد: از ترمینال یا --yes استفاده کنید. چیزی پاک نشد.</translation>
    </message>
    <message>
        <source>Erase {who} and all their data for good? [y/N] </source>
        <translation>{who} و همهٔ داده‌هایش برای همیشه پاک شود؟ [y/N] </translation>
    </message>
    <message numerus="yes">
        <source>To erase: {who} (%n entry(s)).</source>
        <translation>
            <numerusform>برای پاک کردن: {who} (%n مورد).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>چیزی پاک نشد.</translation>
    </message>
    <message>
        <source>Erased: {id} (all data, the search index included).</source>
        <translation>پاک شد: {id} (همهٔ داده‌ها، از جمله فهرست جستجو).</translation>
    </message>
    <message>
        <source>Shared before with (tell them the data was erased):</source>
        <translation>قبلاً به اشتراک گذاشته شده با (به آن‌ها اطلاع دهید که داده‌ها پاک شد):</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) written to {path} (not encrypted: keep the file safe; recorded in the disclosure register).</source>
        <translation>
            <numerusform>%n تازه‌وارد در {path} نوشته شد (رمزگذاری‌نشده: فایل را امن نگه دارید؛ در فهرست اشتراک‌ها ثبت شد).</numerusform>
        </translation>
    </message>
    <message>
        <source>no screen found (no DISPLAY or WAYLAND_DISPLAY); use the command line: {program} --help</source>
        <translation>صفحه‌نمایشی پیدا نشد (DISPLAY یا WAYLAND_DISPLAY نیست)؛ از خط فرمان استفاده کنید: {program} --help</translation>
    </message>
    <message>
        <source>the code file must not be the handover file</source>
        <translation>فایل کد نباید همان فایل واگذاری باشد</translation>
    </message>
    <message numerus="yes">
        <source>Handover written: {path} (%n newcomer(s)).</source>
        <translation>
            <numerusform>واگذاری نوشته شد: {path} (%n تازه‌وارد).</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer code is in {file}. Pass it on another way than the file, then delete the code file.</source>
        <translation>کد واگذاری در {file} است. آن را از راهی غیر از فایل واگذاری به همکارتان بدهید، سپس فایل کد را پاک کنید.</translation>
    </message>
    <message>
        <source>Transfer code (shown only once; pass it on another way than the file, for example by phone):</source>
        <translation>کد واگذاری (فقط یک بار نشان داده می‌شود؛ آن را از راهی غیر از فایل بدهید، مثلاً تلفنی):</translation>
    </message>
    <message>
        <source>Done with these newcomers? Close them in the app, or erase them with:</source>
        <translation>کارتان با این تازه‌واردان تمام شده؟ آن‌ها را در برنامه ببندید، یا با این فرمان پاک کنید:</translation>
    </message>
    <message>
        <source>Imported: {newcomers}, {entries}.</source>
        <translation>وارد شد: {newcomers}، {entries}.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارت عبور تازه: </translation>
    </message>
    <message>
        <source>Case file created: {path}</source>
        <translation>فایل پرونده ساخته شد: {path}</translation>
    </message>
    <message>
        <source>Key file: {path}</source>
        <translation>فایل کلید: {path}</translation>
    </message>
    <message>
        <source>Recovery key (write it down and keep it safe; it is shown only once):</source>
        <translation>کلید بازیابی (آن را یادداشت کنید و امن نگه دارید؛ فقط یک بار نشان داده می‌شود):</translation>
    </message>
    <message numerus="yes">
        <source>Inzage written: {path} (%n entry(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>نسخه برای تازه‌وارد نوشته شد: {path} (%n مورد)، به عنوان «داده‌شده به تازه‌وارد» ثبت شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing written: {refused} of %n file(s) refused.</source>
        <translation>
            <numerusform>چیزی نوشته نشد: {refused} از %n فایل رد شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} و {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s) of {period} merged into {files}.</source>
        <translation>
            <numerusform>%n خلاصهٔ {period} در {files} ادغام شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase changed. The recovery key stays valid.</source>
        <translation>عبارت عبور تغییر کرد. کلید بازیابی همچنان معتبر است.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed longer than {months} months; nothing was erased.</source>
        <translation>
            <numerusform>%n تازه‌وارد بیش از {months} ماه است که بسته‌شده‌اند؛ چیزی پاک نشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: {id}</source>
        <translation>پاک شد: {id}</translation>
    </message>
    <message>
        <source>shared before: {date} {kind} with {recipient} (tell them the data was erased)</source>
        <translation>قبلاً به اشتراک گذاشته شده: {date} {kind} با {recipient} (به آن‌ها اطلاع دهید که داده‌ها پاک شد)</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) erased (retention {months} months).</source>
        <translation>
            <numerusform>%n تازه‌وارد پاک شد (دورهٔ نگهداری {months} ماه).</numerusform>
        </translation>
    </message>
    <message>
        <source>the code file {file} is empty</source>
        <translation>فایل کد {file} خالی است</translation>
    </message>
    <message>
        <source>no transfer code: use --code-file, set {env} or use a terminal</source>
        <translation>کد واگذاری نیست: از --code-file استفاده کنید، {env} را تنظیم کنید یا از ترمینال استفاده کنید</translation>
    </message>
    <message>
        <source>Transfer code: </source>
        <translation>کد واگذاری: </translation>
    </message>
    <message>
        <source>file not found: {file}</source>
        <translation>فایل پیدا نشد: {file}</translation>
    </message>
    <message>
        <source>Received: {newcomers}, {entries}, {consents}, {disclosures}.</source>
        <translation>دریافت شد: {newcomers}، {entries}، {consents}، {disclosures}.</translation>
    </message>
    <message>
        <source>not a valid date: {value} (use YYYY-MM-DD)</source>
        <translation>تاریخ معتبر نیست: {value} (به شکل YYYY-MM-DD بنویسید)</translation>
    </message>
    <message>
        <source>the password file {file} is empty</source>
        <translation>فایل رمز {file} خالی است</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to پیش از --from است</translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}, password-protected).</source>
        <translation>
            <numerusform>گزارش نوشته شد: {path} (%n مورد در آن، دورهٔ {start} تا پایان {end}، با رمز).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}).</source>
        <translation>
            <numerusform>گزارش نوشته شد: {path} (%n مورد در آن، دورهٔ {start} تا پایان {end}).</numerusform>
        </translation>
    </message>
    <message>
        <source>say which reports: use --due (the reports that are due now)</source>
        <translation>بگویید کدام گزارش‌ها: از --due استفاده کنید (گزارش‌هایی که الان موعدشان است)</translation>
    </message>
    <message>
        <source>--password-file and --recipient go with -o DIR (writing the reports)</source>
        <translation>--password-file و --recipient فقط همراه -o DIR به کار می‌روند (نوشتن گزارش‌ها)</translation>
    </message>
    <message>
        <source>No reports are due; nothing was written.</source>
        <translation>گزارشی موعدش نرسیده است؛ چیزی نوشته نشد.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register, password-protected.</source>
        <translation>
            <numerusform>%n گزارش نوشته و در فهرست اشتراک‌ها ثبت شد، با رمز.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register.</source>
        <translation>
            <numerusform>%n گزارش نوشته و در فهرست اشتراک‌ها ثبت شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports are due.</source>
        <translation>گزارشی موعدش نرسیده است.</translation>
    </message>
    <message>
        <source>An interrupted restore was completed first.</source>
        <translation>یک بازگردانی نیمه‌کاره اول کامل شد.</translation>
    </message>
    <message>
        <source>cannot read the recovery key: {reason}</source>
        <translation>کلید بازیابی خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>عبارت عبور نسخهٔ پشتیبان: </translation>
    </message>
    <message>
        <source>Restore this backup? The current case file is kept as a backup first. [y/N] </source>
        <translation>این نسخهٔ پشتیبان بازگردانده شود؟ پروندهٔ فعلی اول به صورت نسخهٔ پشتیبان نگه داشته می‌شود. [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The current case file could not be read: the period length and issued summaries of the backup now apply.</source>
        <translation>پروندهٔ فعلی خوانده نمی‌شد: اکنون طول دوره و خلاصه‌های داده‌شدهٔ نسخهٔ پشتیبان معتبر است.</translation>
    </message>
    <message>
        <source>The previous case file was kept in {path}.</source>
        <translation>پروندهٔ قبلی در {path} نگه داشته شد.</translation>
    </message>
    <message>
        <source>Backup restored. Open the case with the backup&apos;s passphrase.</source>
        <translation>نسخهٔ پشتیبان بازگردانده شد. پرونده را با عبارت عبور همان نسخهٔ پشتیبان باز کنید.</translation>
    </message>
    <message>
        <source>unknown period &apos;{period}&apos;: use a year (2026), quarter (2026-Q3) or month (2026-07)</source>
        <translation>دورهٔ ناشناخته «{period}»: یک سال (2026)، فصل (2026-Q3) یا ماه (2026-07) بنویسید</translation>
    </message>
    <message>
        <source>note: this period was issued before; its label of then is kept.</source>
        <translation>توجه: این دوره قبلاً داده شده است؛ برچسب آن زمان می‌ماند.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised summary {period} saved to {files}: {counted} newcomers counted, {left_out} not counted (no consent), %n number(s) hidden (a number about fewer than {k} newcomers is not shown).</source>
        <translation>
            <numerusform>خلاصهٔ بی‌نام {period} در {files} ذخیره شد: {counted} تازه‌وارد شمرده شد، {left_out} شمرده نشد (بدون رضایت)، %n عدد پنهان شد (عددی دربارهٔ کمتر از {k} تازه‌وارد نشان داده نمی‌شود).</numerusform>
        </translation>
    </message>
    <message>
        <source>This case file now makes summaries per {kind}; that is fixed, so summaries cannot be subtracted from each other.</source>
        <translation>این پرونده از این پس خلاصه‌ها را برای هر {kind} می‌سازد؛ این ثابت است، تا خلاصه‌ها را نتوان از هم کم کرد.</translation>
    </message>
    <message>
        <source>This period was issued on {date}: these are the same figures as then (the data changed since; those changes are not counted).</source>
        <translation>این دوره در {date} داده شده است: این‌ها همان عددهای آن زمان است (داده‌ها از آن زمان تغییر کرده‌اند؛ آن تغییرها شمرده نمی‌شوند).</translation>
    </message>
    <message>
        <source>This period was issued on {date}: these are the same figures as then.</source>
        <translation>این دوره در {date} داده شده است: این‌ها همان عددهای آن زمان است.</translation>
    </message>
    <message numerus="yes">
        <source>Appointments written: {0} (%n appointment(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>قرارها نوشته شد: {0} (%n قرار)، به عنوان «داده‌شده به تازه‌وارد» ثبت شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>--weeks must be 1..{max}</source>
        <translation>--weeks باید 1..{max} باشد</translation>
    </message>
    <message>
        <source>--language: unknown language {0!r}; choose one of {1}</source>
        <translation>--language: زبان ناشناخته {0!r}؛ یکی از این‌ها را انتخاب کنید: {1}</translation>
    </message>
    <message>
        <source>Consent sheet {0} written: {1}, recorded as given to the newcomer.</source>
        <translation>برگهٔ رضایت {0} نوشته شد: {1}، به عنوان «داده‌شده به تازه‌وارد» ثبت شد.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>usage: </source>
        <translation>روش استفاده: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>آرگومان‌ها</translation>
    </message>
    <message>
        <source>options</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>نمایش این راهنما و خروج</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>نمایش نسخه و خروج</translation>
    </message>
    <message>
        <source>Sleutelapp: the case file of a key person (offline, encrypted).</source>
        <translation>Sleutelapp: پروندهٔ یک فرد کلیدی (آفلاین، رمزگذاری‌شده).</translation>
    </message>
    <message>
        <source>folder of the case file (default: SLEUTELAPP_HOME or the user data folder)</source>
        <translation>پوشهٔ فایل پرونده (پیش‌فرض: SLEUTELAPP_HOME یا پوشهٔ داده‌های کاربر)</translation>
    </message>
    <message>
        <source>what is coming up: planned appointments and open tasks (--ics: as a calendar file)</source>
        <translation>آنچه در پیش است: قرارهای برنامه‌ریزی‌شده و کارهای باز (--ics: به صورت فایل تقویم)</translation>
    </message>
    <message>
        <source>write an iCalendar file (private by default: initials, no place, health appointments without their type; recorded in the disclosure register)</source>
        <translation>نوشتن یک فایل iCalendar (به‌طور پیش‌فرض خصوصی: حروف اول نام، بدون محل، قرارهای درمانی بدون نوعشان؛ در فهرست اشتراک‌ها ثبت می‌شود)</translation>
    </message>
    <message>
        <source>write this week as a PDF to print (private by default, like --ics; recorded in the disclosure register)</source>
        <translation>نوشتن این هفته به صورت PDF برای چاپ (به‌طور پیش‌فرض خصوصی، مانند --ics؛ در فهرست اشتراک‌ها ثبت می‌شود)</translation>
    </message>
    <message>
        <source>how names appear in the calendar file (default: initials)</source>
        <translation>نام‌ها در فایل تقویم چگونه بیایند (پیش‌فرض: حروف اول نام)</translation>
    </message>
    <message>
        <source>put the place of appointments in the calendar file</source>
        <translation>گذاشتن محل قرارها در فایل تقویم</translation>
    </message>
    <message>
        <source>name the type of health appointments (GP, hospital, ...) in the calendar file</source>
        <translation>نوشتن نوع قرارهای درمانی (پزشک خانواده، بیمارستان، ...) در فایل تقویم</translation>
    </message>
    <message>
        <source>where the calendar file goes, for the disclosure register</source>
        <translation>فایل تقویم به کجا می‌رود، برای فهرست اشتراک‌ها</translation>
    </message>
    <message>
        <source>write a verified backup file (default: into the backup folder)</source>
        <translation>نوشتن یک نسخهٔ پشتیبانِ بررسی‌شده (پیش‌فرض: در پوشهٔ نسخه‌های پشتیبان)</translation>
    </message>
    <message>
        <source>where to write the backup, e.g. on a USB stick</source>
        <translation>نسخهٔ پشتیبان کجا نوشته شود، مثلاً روی فلش USB</translation>
    </message>
    <message>
        <source>check the case file (integrity and encryption) and say whether all is well</source>
        <translation>بررسی فایل پرونده (سلامت و رمزگذاری) و گفتن این‌که آیا همه چیز درست است</translation>
    </message>
    <message>
        <source>add fictional demo data (deterministic per --seed)</source>
        <translation>افزودن داده‌های نمایشیِ ساختگی (برای هر --seed همیشه یکسان)</translation>
    </message>
    <message>
        <source>list the disclosure register (every export that left the device)</source>
        <translation>نمایش فهرست اشتراک‌ها (هر خروجی که از این دستگاه بیرون رفته است)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>خروجی برای برنامه‌ها (JSON)</translation>
    </message>
    <message>
        <source>only exports about this newcomer (id or unambiguous name)</source>
        <translation>فقط خروجی‌های مربوط به این تازه‌وارد (شناسه یا نامی که فقط به یک نفر بخورد)</translation>
    </message>
    <message>
        <source>erase one newcomer for good (id or unambiguous name; asks first, --yes to skip)</source>
        <translation>پاک کردن یک تازه‌وارد برای همیشه (شناسه یا نامی که فقط به یک نفر بخورد؛ اول می‌پرسد، --yes برای نپرسیدن)</translation>
    </message>
    <message>
        <source>write the newcomer&apos;s coming appointments on paper for them, in their language (PDF)</source>
        <translation>نوشتن قرارهای پیش روی تازه‌وارد روی کاغذ برای او، به زبان خودش (PDF)</translation>
    </message>
    <message>
        <source>id or unambiguous name</source>
        <translation>شناسه یا نامی که فقط به یک نفر بخورد</translation>
    </message>
    <message>
        <source>weeks ahead (default 4)</source>
        <translation>تعداد هفته‌های پیش رو (پیش‌فرض 4)</translation>
    </message>
    <message>
        <source>language code (default: the newcomer&apos;s language)</source>
        <translation>کد زبان (پیش‌فرض: زبان تازه‌وارد)</translation>
    </message>
    <message>
        <source>erase without asking (automation)</source>
        <translation>پاک کردن بدون پرسیدن (برای اسکریپت‌ها)</translation>
    </message>
    <message>
        <source>export portable data JSON (everything, in plain text: keep the file safe)</source>
        <translation>خروجی همهٔ داده‌ها به صورت JSON (همه چیز، به صورت متن ساده: فایل را امن نگه دارید)</translation>
    </message>
    <message>
        <source>only this newcomer (id or name)</source>
        <translation>فقط این تازه‌وارد (شناسه یا نام)</translation>
    </message>
    <message>
        <source>who receives the file (kept in the disclosure register)</source>
        <translation>چه کسی فایل را می‌گیرد (در فهرست اشتراک‌ها ثبت می‌شود)</translation>
    </message>
    <message>
        <source>start the app (--smoke: show the unlock page, or unlock and show the data, quit)</source>
        <translation>اجرای برنامه (--smoke: نمایش صفحهٔ باز کردن قفل، یا باز کردن قفل و نمایش داده‌ها، و خروج)</translation>
    </message>
    <message>
        <source>show the unlock page, or with SLEUTELAPP_PASSPHRASE unlock and show the main window with its data; process events and exit 0 (tests, packaging)</source>
        <translation>نمایش صفحهٔ باز کردن قفل، یا با SLEUTELAPP_PASSPHRASE باز کردن قفل و نمایش پنجرهٔ اصلی با داده‌ها؛ پردازش رویدادها و خروج با 0 (آزمایش‌ها، بسته‌سازی)</translation>
    </message>
    <message>
        <source>hand newcomers over to a colleague in an encrypted file (prints a one-time code)</source>
        <translation>واگذاری تازه‌واردان به یک همکار در یک فایل رمزگذاری‌شده (یک کد یک‌بارمصرف نشان می‌دهد)</translation>
    </message>
    <message>
        <source>name of the colleague</source>
        <translation>نام همکار</translation>
    </message>
    <message>
        <source>write the transfer code to F instead of printing it</source>
        <translation>نوشتن کد واگذاری در F به جای نمایش آن</translation>
    </message>
    <message>
        <source>import portable data JSON (format sleutelapp-data v1), all or nothing</source>
        <translation>ورود داده‌ها از JSON (قالب sleutelapp-data v1)، همه یا هیچ</translation>
    </message>
    <message>
        <source>create a new encrypted case file (refuses when one exists)</source>
        <translation>ساختن یک فایل پروندهٔ رمزگذاری‌شدهٔ تازه (اگر از قبل یکی باشد، رد می‌کند)</translation>
    </message>
    <message>
        <source>also write the recovery key to FILE (print it and keep it safe)</source>
        <translation>نوشتن کلید بازیابی در FILE هم (آن را چاپ کنید و امن نگه دارید)</translation>
    </message>
    <message>
        <source>write everything the case file holds about one newcomer, for them (PDF)</source>
        <translation>نوشتن هر چیزی که پرونده دربارهٔ یک تازه‌وارد دارد، برای خود او (PDF)</translation>
    </message>
    <message>
        <source>the newcomer&apos;s language, with the Dutch beside it (default: the language in their profile, else Dutch alone)</source>
        <translation>زبان تازه‌وارد، با هلندی در کنار آن (پیش‌فرض: زبانِ پروفایل او، وگرنه فقط هلندی)</translation>
    </message>
    <message>
        <source>merge anonymised summaries of one period (no case file needed)</source>
        <translation>ادغام خلاصه‌های بی‌نامِ یک دوره (فایل پرونده لازم نیست)</translation>
    </message>
    <message>
        <source>also write an overview PDF</source>
        <translation>نوشتن یک نمای کلی به صورت PDF هم</translation>
    </message>
    <message>
        <source>list newcomers</source>
        <translation>نمایش فهرست تازه‌واردان</translation>
    </message>
    <message>
        <source>only newcomers whose name or entries match TEXT</source>
        <translation>فقط تازه‌واردانی که نام یا موارد آن‌ها با TEXT جور است</translation>
    </message>
    <message>
        <source>change the passphrase (new one from SLEUTELAPP_NEW_PASSPHRASE or a prompt)</source>
        <translation>تغییر عبارت عبور (عبارت تازه از SLEUTELAPP_NEW_PASSPHRASE یا با پرسیدن)</translation>
    </message>
    <message>
        <source>erase every closed newcomer past the retention period (--dry-run: only list them)</source>
        <translation>پاک کردن هر تازه‌وارد بسته‌شده‌ای که دورهٔ نگهداری‌اش گذشته است (--dry-run: فقط نمایش)</translation>
    </message>
    <message>
        <source>list who is due; erase nothing</source>
        <translation>نمایش این‌که نوبت چه کسانی است؛ بدون پاک کردن</translation>
    </message>
    <message>
        <source>receive a colleague&apos;s handover file (code from SLEUTELAPP_TRANSFER_CODE, a file or a prompt)</source>
        <translation>دریافت فایل واگذاری یک همکار (کد از SLEUTELAPP_TRANSFER_CODE، یک فایل یا با پرسیدن)</translation>
    </message>
    <message>
        <source>read the transfer code from the first line of F</source>
        <translation>خواندن کد واگذاری از خط اول F</translation>
    </message>
    <message>
        <source>write the PDF report for the inburgeringsregisseur (needs the newcomer&apos;s consent)</source>
        <translation>نوشتن گزارش PDF برای مسئول ادغام شهرداری (inburgeringsregisseur) (رضایت تازه‌وارد لازم است)</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD (default: start of last calendar month)</source>
        <translation>روز اول دوره، YYYY-MM-DD (پیش‌فرض: آغاز ماه تقویمی گذشته)</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: end of last calendar month, or today when --from is given)</source>
        <translation>روز آخر دوره، YYYY-MM-DD (پیش‌فرض: پایان ماه تقویمی گذشته، یا امروز اگر --from داده شده باشد)</translation>
    </message>
    <message>
        <source>name of the regisseur who receives the report</source>
        <translation>نام مسئول ادغامی که گزارش را می‌گیرد</translation>
    </message>
    <message>
        <source>protect the PDF with the password in the first line of F (AES-256)</source>
        <translation>محافظت از PDF با رمزِ خط اول F (AES-256)</translation>
    </message>
    <message>
        <source>list the regisseur reports that are due, or write them all into a folder (-o DIR)</source>
        <translation>نمایش گزارش‌های موعددار برای مسئول ادغام، یا نوشتن همهٔ آن‌ها در یک پوشه (-o DIR)</translation>
    </message>
    <message>
        <source>the reports due for the last complete month or quarter (the schedule)</source>
        <translation>گزارش‌های موعددار برای آخرین ماه یا فصل کامل (طبق برنامهٔ گزارش)</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>نمایش JSON به جای متن</translation>
    </message>
    <message>
        <source>write one PDF per due newcomer into this existing folder and register each</source>
        <translation>نوشتن یک PDF برای هر تازه‌وارد موعددار در این پوشهٔ موجود و ثبت هر کدام</translation>
    </message>
    <message>
        <source>protect every PDF with the password in the first line of F (AES-256)</source>
        <translation>محافظت از هر PDF با رمزِ خط اول F (AES-256)</translation>
    </message>
    <message>
        <source>the regisseur who receives the reports (default: each newcomer&apos;s own regisseur)</source>
        <translation>مسئول ادغامی که گزارش‌ها را می‌گیرد (پیش‌فرض: مسئول ادغام خودِ هر تازه‌وارد)</translation>
    </message>
    <message>
        <source>restore a backup (checked first; the current case file is kept as a backup)</source>
        <translation>بازگرداندن نسخهٔ پشتیبان (اول بررسی می‌شود؛ پروندهٔ فعلی به صورت نسخهٔ پشتیبان نگه داشته می‌شود)</translation>
    </message>
    <message>
        <source>unlock the backup with the recovery key in FILE instead of the passphrase</source>
        <translation>باز کردن نسخهٔ پشتیبان با کلید بازیابیِ داخل FILE به جای عبارت عبور</translation>
    </message>
    <message>
        <source>do not ask for confirmation in a terminal</source>
        <translation>بدون درخواست تأیید در ترمینال</translation>
    </message>
    <message>
        <source>anonymised summary of a period (YYYY, YYYY-Qn or YYYY-MM) as JSON, optionally PDF</source>
        <translation>خلاصهٔ بی‌نام یک دوره (YYYY، YYYY-Qn یا YYYY-MM) به صورت JSON، و اگر بخواهید PDF</translation>
    </message>
    <message>
        <source>a calendar year (2026), quarter (2026-Q3) or month (2026-07)</source>
        <translation>یک سال تقویمی (2026)، فصل (2026-Q3) یا ماه (2026-07)</translation>
    </message>
    <message>
        <source>also write the summary as a PDF</source>
        <translation>نوشتن خلاصه به صورت PDF هم</translation>
    </message>
    <message>
        <source>optional label for the coordinator, e.g. a neighbourhood (no names of people)</source>
        <translation>برچسب اختیاری برای هماهنگ‌کننده، مثلاً یک محله (بدون نام افراد)</translation>
    </message>
    <message>
        <source>write the consent sheet for a newcomer to read and sign, in their language (PDF)</source>
        <translation>نوشتن برگهٔ رضایت برای تازه‌وارد تا آن را بخواند و امضا کند، به زبان خودش (PDF)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consents of {0}</source>
        <translation>رضایت‌های {0}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>داده‌شده در</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>پس‌گرفته‌شده در</translation>
    </message>
    <message>
        <source>given</source>
        <translation>داده شد</translation>
    </message>
    <message>
        <source>how</source>
        <translation>چگونه</translation>
    </message>
    <message>
        <source>signed on sheet</source>
        <translation>امضاشده روی برگه</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>پس گرفته شد</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>بدون برگه</translation>
    </message>
    <message>
        <source>sheet {0} of {1}</source>
        <translation>برگهٔ {0} از تاریخ {1}</translation>
    </message>
    <message>
        <source>sheet {0}</source>
        <translation>برگهٔ {0}</translation>
    </message>
    <message>
        <source>Fill in a date, like 15-03-2024.</source>
        <translation>یک تاریخ وارد کنید، مثلاً 15-03-2024.</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a date; type it as day-month-year, e.g. 15-03-2024.</source>
        <translation>{0}: «{1}» تاریخ نیست؛ آن را به شکل روز-ماه-سال بنویسید، مثلاً 15-03-2024.</translation>
    </message>
    <message>
        <source>You may send the report for the regisseur (PDF) about this newcomer to the inburgeringsregisseur.</source>
        <translation>شما می‌توانید گزارش برای مسئول ادغام (PDF) دربارهٔ این تازه‌وارد را برای مسئول ادغام شهرداری (inburgeringsregisseur) بفرستید.</translation>
    </message>
    <message>
        <source>The number of care appointments (never what they were about) may appear in that report.</source>
        <translation>تعداد قرارهای درمانی (هرگز موضوع آن‌ها) می‌تواند در آن گزارش بیاید.</translation>
    </message>
    <message>
        <source>This newcomer is counted in anonymised summaries.</source>
        <translation>این تازه‌وارد در خلاصه‌های بی‌نام شمرده می‌شود.</translation>
    </message>
    <message>
        <source>Given on {0} ({1}).</source>
        <translation>داده‌شده در {0} ({1}).</translation>
    </message>
    <message>
        <source>Withdrawn on {0}.</source>
        <translation>پس‌گرفته‌شده در {0}.</translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation>داده نشده.</translation>
    </message>
    <message>
        <source>{0}: the day it was given is in the future.</source>
        <translation>{0}: روزی که رضایت داده شده در آینده است.</translation>
    </message>
    <message>
        <source>{0}: the day it was withdrawn is in the future.</source>
        <translation>{0}: روزی که رضایت پس گرفته شده در آینده است.</translation>
    </message>
    <message>
        <source>{0}: it cannot be withdrawn before it was given ({1}).</source>
        <translation>{0}: رضایت را نمی‌توان پیش از روزی که داده شده ({1}) پس گرفت.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>رضایت‌ها</translation>
    </message>
    <message>
        <source>Tick what the newcomer agreed to and on which day; tick &quot;withdrawn on&quot; when they take it back. Use Tab to go on and Space to tick.</source>
        <translation>علامت بزنید که تازه‌وارد با چه چیزی و در چه روزی موافقت کرده است؛ اگر رضایتش را پس گرفت، «پس‌گرفته‌شده در» را علامت بزنید. با Tab جلو بروید و با کلید فاصله علامت بزنید.</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>برای چه</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>داده‌شده</translation>
    </message>
    <message>
        <source>How</source>
        <translation>چگونه</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>پس‌گرفته‌شده</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>for example: signed form in the folder (optional)</source>
        <translation>مثلاً: فرم امضاشده در پوشه (اختیاری)</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>داده‌شده در</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>پس‌گرفته‌شده در</translation>
    </message>
    <message>
        <source>How</source>
        <translation>چگونه</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>برگه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n تازه‌وارد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n مشکل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s)</source>
        <translation>
            <numerusform>%n خلاصه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n فایل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s)</source>
        <translation>
            <numerusform>%n بار تماس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n رضایت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n بار اشتراک</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n عدد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n گزارش</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
    <message>
        <source>Sleutelapp ran into an unexpected problem. What you saved is safe; the window you were working in stays open. If this happens again, copy the report below and send it to whoever supports you. It contains no names and no text you typed.</source>
        <translation>Sleutelapp با یک مشکل غیرمنتظره روبه‌رو شد. آنچه ذخیره کرده‌اید امن است؛ پنجره‌ای که در آن کار می‌کردید باز می‌ماند. اگر این دوباره پیش آمد، گزارش زیر را کپی کنید و برای کسی که به شما کمک می‌کند بفرستید. در آن هیچ نام و هیچ متنی که تایپ کرده‌اید نیست.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش خطا</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>کپی گزارش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>روز-ماه-سال</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>انتخاب از تقویم (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>This date does not exist. Type it as dd-mm-yyyy.</source>
        <translation>این تاریخ وجود ندارد. آن را به شکل روز-ماه-سال بنویسید.</translation>
    </message>
    <message>
        <source>This is not a date. Type it as dd-mm-yyyy, like 15-03-2024.</source>
        <translation>این تاریخ نیست. آن را به شکل روز-ماه-سال بنویسید، مثلاً 15-03-2024.</translation>
    </message>
    <message>
        <source>A termijn cannot start in the future. Check the date.</source>
        <translation>مهلت (termijn) نمی‌تواند در آینده شروع شود. تاریخ را بررسی کنید.</translation>
    </message>
    <message>
        <source>This date lies in the future. Check the date.</source>
        <translation>این تاریخ در آینده است. تاریخ را بررسی کنید.</translation>
    </message>
    <message>
        <source>A date before {0} is not possible here. Check the year.</source>
        <translation>تاریخ پیش از {0} در اینجا ممکن نیست. سال را بررسی کنید.</translation>
    </message>
    <message>
        <source>A date after {0} is not possible here. Check the year.</source>
        <translation>تاریخ پس از {0} در اینجا ممکن نیست. سال را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>In</source>
        <translation>می‌رود</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>نمی‌رود</translation>
    </message>
    <message>
        <source>Uncheck to leave this out.</source>
        <translation>علامت را بردارید تا این فرستاده نشود.</translation>
    </message>
    <message>
        <source>The privacy rules keep this out of the report.</source>
        <translation>قواعد حریم خصوصی این را بیرون از گزارش نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>In report</source>
        <translation>در گزارش</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
</context>
<context>
    <name>DisclosuresModel</name>
    <message>
        <source>When</source>
        <translation>کی</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>به چه کسی</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>موارد</translation>
    </message>
    <message>
        <source>Summary for the regisseur</source>
        <translation>گزارش برای مسئول ادغام</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>خلاصهٔ بی‌نام</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>خروجی داده‌ها</translation>
    </message>
    <message>
        <source>Handover to a colleague</source>
        <translation>واگذاری به همکار</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>نسخه برای تازه‌وارد</translation>
    </message>
    <message>
        <source>Agenda for your calendar</source>
        <translation>برنامه برای تقویم شما</translation>
    </message>
    <message>
        <source>Week of the agenda on paper</source>
        <translation>هفتهٔ برنامه روی کاغذ</translation>
    </message>
    <message>
        <source>Appointments on paper for the newcomer</source>
        <translation>قرارها روی کاغذ برای تازه‌وارد</translation>
    </message>
    <message>
        <source>Consent sheet for the newcomer</source>
        <translation>برگهٔ رضایت برای تازه‌وارد</translation>
    </message>
</context>
<context>
    <name>DueReportsDialog</name>
    <message>
        <source>&amp;Make reports</source>
        <translation>ساختن گزارش‌ها</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>پیش‌نمایش گزارش</translation>
    </message>
    <message>
        <source>Reports to make</source>
        <translation>گزارش‌هایی که باید ساخته شوند</translation>
    </message>
    <message>
        <source>All reports are made: nothing is due.</source>
        <translation>همهٔ گزارش‌ها ساخته شده‌اند: گزارشی باقی نمانده است.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} report(s) ticked.</source>
        <translation>
            <numerusform>%n از {0} گزارش علامت خورده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>در حال ساختن پیش‌نمایش…</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>پوشه برای گزارش‌ها</translation>
    </message>
    <message>
        <source>Making the reports…</source>
        <translation>در حال ساختن گزارش‌ها…</translation>
    </message>
    <message>
        <source>Not all reports were made</source>
        <translation>همهٔ گزارش‌ها ساخته نشدند</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>گزارش‌ها ساخته شدند</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) saved in {0}. Each one is recorded on the Shared tab of its newcomer.</source>
        <translation>
            <numerusform>%n گزارش در {0} ذخیره شد. هر گزارش در برگهٔ «اشتراک‌ها»ی تازه‌وارد خودش ثبت شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>All files have the password you typed.</source>
        <translation>همهٔ فایل‌ها رمزی را دارند که شما تایپ کردید.</translation>
    </message>
    <message>
        <source>Reports due for the regisseur</source>
        <translation>گزارش‌های موعددار برای مسئول ادغام</translation>
    </message>
    <message>
        <source>These reports for the last complete month or quarter have not been made yet. Each one goes into its own file and is recorded in the register of what was shared.</source>
        <translation>این گزارش‌ها برای آخرین ماه یا فصل کامل هنوز ساخته نشده‌اند. هر گزارش در فایل جداگانه‌ای می‌رود و در فهرست اشتراک‌ها ثبت می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Reports to make (Space ticks or unticks one):</source>
        <translation>گزارش‌هایی که باید ساخته شوند (کلید فاصله علامت را می‌زند یا برمی‌دارد):</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>R&amp;ecipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>empty = the regisseur in each newcomer&apos;s profile</source>
        <translation>خالی = مسئول ادغام در پروفایل هر تازه‌وارد</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>رمز (اختیاری)</translation>
    </message>
    <message>
        <source>for all files; empty = none</source>
        <translation>برای همهٔ فایل‌ها؛ خالی = بدون رمز</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Preview of the chosen report, as it will be saved (the password is added when saving).</source>
        <translation>پیش‌نمایش گزارش انتخاب‌شده، همان‌طور که ذخیره می‌شود (رمز هنگام ذخیره اضافه می‌شود).</translation>
    </message>
</context>
<context>
    <name>DueReportsModel</name>
    <message>
        <source>Newcomer</source>
        <translation>تازه‌وارد</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>نام فایل</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} برای {1}</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>&amp;What about</source>
        <translation>دربارهٔ چه</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>چه باید کرد</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>تاریخ سررسید</translation>
    </message>
    <message>
        <source>We do this &amp;together</source>
        <translation>با هم انجام می‌دهیم</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Fill in a date, like 15-03-2024.</source>
        <translation>یک تاریخ وارد کنید، مثلاً 15-03-2024.</translation>
    </message>
    <message>
        <source>Fill in how many hours, like 1,5.</source>
        <translation>تعداد ساعت را وارد کنید، مثلاً 1,5.</translation>
    </message>
    <message>
        <source>Write the note first; an empty note is not saved.</source>
        <translation>اول یادداشت را بنویسید؛ یادداشت خالی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Write what needs to be done.</source>
        <translation>بنویسید چه کاری باید انجام شود.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>پر کردن این قسمت لازم است.</translation>
    </message>
    <message>
        <source>Did the appointment take place?</source>
        <translation>آیا قرار انجام شد؟</translation>
    </message>
    <message>
        <source>This appointment lies in the past but is still marked planned. What happened?</source>
        <translation>این قرار در گذشته است ولی هنوز «برنامه‌ریزی‌شده» است. چه اتفاقی افتاد؟</translation>
    </message>
    <message>
        <source>Keep planned</source>
        <translation>همان‌طور بماند</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; the text seems to contain {0}. Such identifiers do not belong in notes. Remove it, or press Enter again to save anyway.</source>
        <translation>&lt;b&gt;توجه:&lt;/b&gt; به نظر می‌رسد متن شامل {0} است. چنین اطلاعات شناسایی در یادداشت‌ها جایی ندارد. آن را پاک کنید، یا برای ذخیره دوباره Enter را بزنید.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>به هر حال ذخیره</translation>
    </message>
    <message>
        <source>Discard this entry?</source>
        <translation>این مورد دور ریخته شود؟</translation>
    </message>
    <message>
        <source>You typed something that is not saved yet. Throw it away?</source>
        <translation>چیزی تایپ کرده‌اید که هنوز ذخیره نشده است. آن را دور بریزید؟</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور ریختن</translation>
    </message>
    <message>
        <source>Choose Cancel to go back and save it.</source>
        <translation>برای بازگشت و ذخیرهٔ آن، «لغو» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>ساعت:دقیقه</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>مدت (دقیقه)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>I go along (&amp;accompanied)</source>
        <translation>همراه می‌روم (با همراهی)</translation>
    </message>
    <message>
        <source>For a care appointment only the logistics are kept: when, where and whether you go along. There is deliberately no field for the reason or a diagnosis.</source>
        <translation>برای قرار درمانی فقط جنبهٔ عملی نگه داشته می‌شود: کی، کجا و این‌که آیا شما همراهی می‌کنید. عمداً قسمتی برای دلیل یا تشخیص پزشکی وجود ندارد.</translation>
    </message>
    <message>
        <source>S&amp;hareable: this text may appear in the summary for the regisseur</source>
        <translation>قابل اشتراک: این متن می‌تواند در گزارش برای مسئول ادغام بیاید</translation>
    </message>
    <message>
        <source>Enter saves. Shift+Enter starts a new line.</source>
        <translation>Enter ذخیره می‌کند. Shift+Enter خط تازه شروع می‌کند.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Request an extension for {0}</source>
        <translation>درخواست تمدید برای {0}</translation>
    </message>
    <message>
        <source>Extension request of {0}</source>
        <translation>درخواست تمدید {0}</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>هنوز تصمیمی نیست</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>پذیرفته شد</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Note: {0} (source: {1})</source>
        <translation>توجه: {0} (منبع: {1})</translation>
    </message>
    <message>
        <source>DUO answers within 8 weeks: expected by {0}.</source>
        <translation>DUO ظرف 8 هفته پاسخ می‌دهد: حداکثر تا {0}.</translation>
    </message>
    <message>
        <source>A task for that day is added.</source>
        <translation>یک کار برای آن روز اضافه می‌شود.</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a date; type it as day-month-year, e.g. 15-03-2026.</source>
        <translation>{0}: «{1}» تاریخ نیست؛ آن را به شکل روز-ماه-سال بنویسید، مثلاً 15-03-2026.</translation>
    </message>
    <message>
        <source>Sent to DUO on</source>
        <translation>فرستاده‌شده به DUO در</translation>
    </message>
    <message>
        <source>The day it was sent is in the future.</source>
        <translation>روز فرستادن در آینده است.</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>تاریخ نامه</translation>
    </message>
    <message>
        <source>The date of the letter is in the future.</source>
        <translation>تاریخ نامه در آینده است.</translation>
    </message>
    <message>
        <source>The letter cannot be dated before the request was sent ({0}).</source>
        <translation>تاریخ نامه نمی‌تواند پیش از فرستادن درخواست ({0}) باشد.</translation>
    </message>
    <message>
        <source>Months granted: type a whole number from 1 to {0}.</source>
        <translation>ماه‌های پذیرفته‌شده: یک عدد صحیح از 1 تا {0} بنویسید.</translation>
    </message>
    <message>
        <source>Extension of the termijn</source>
        <translation>تمدید مهلت (termijn)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>&amp;Sent to DUO on</source>
        <translation>فرستاده‌شده به DUO در</translation>
    </message>
    <message>
        <source>day-month-year, for example 15-03-2026</source>
        <translation>روز-ماه-سال، مثلاً 15-03-2026</translation>
    </message>
    <message>
        <source>Evidence gathered</source>
        <translation>مدارک جمع‌شده</translation>
    </message>
    <message>
        <source>Tick a document when you have it. Do not put the document or what it says in the app.</source>
        <translation>وقتی مدرکی را دارید، آن را علامت بزنید. خود مدرک یا آنچه در آن نوشته شده را در برنامه نگذارید.</translation>
    </message>
    <message>
        <source>Decision of DUO</source>
        <translation>تصمیم DUO</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>&amp;Months granted</source>
        <translation>ماه‌های پذیرفته‌شده</translation>
    </message>
    <message>
        <source>for example 6</source>
        <translation>مثلاً 6</translation>
    </message>
    <message>
        <source>Date of the &amp;letter</source>
        <translation>تاریخ نامه</translation>
    </message>
</context>
<context>
    <name>ExtensionRequests</name>
    <message>
        <source>DUO&apos;s decision on the extension is expected</source>
        <translation>تصمیم DUO دربارهٔ تمدید مورد انتظار است</translation>
    </message>
</context>
<context>
    <name>ExtensionRequestsModel</name>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>فرستاده‌شده در</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Answer expected</source>
        <translation>پاسخ مورد انتظار</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message numerus="yes">
        <source>Granted: %n month(s)</source>
        <translation>
            <numerusform>پذیرفته شد: %n ماه</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} از {1}</translation>
    </message>
</context>
<context>
    <name>ExtensionRule</name>
    <message>
        <source>Fill in the start date of the termijn first.</source>
        <translation>اول تاریخ شروع مهلت را وارد کنید.</translation>
    </message>
    <message>
        <source>For illness or death this is possible once the termijn has run 2.5 years: from {date}.</source>
        <translation>برای بیماری یا فوت، این کار فقط وقتی ممکن است که 2.5 سال از مهلت (termijn) گذشته باشد: از {date}.</translation>
    </message>
    <message>
        <source>For this reason it is possible once the termijn ends within 6 months: from {date}.</source>
        <translation>به این دلیل، این کار فقط وقتی ممکن است که مهلت (termijn) در کمتر از 6 ماه تمام شود: از {date}.</translation>
    </message>
    <message>
        <source>DUO does not extend the same period twice. It was already extended for this reason.</source>
        <translation>DUO یک دوره را دو بار تمدید نمی‌کند. به این دلیل قبلاً تمدید شده است.</translation>
    </message>
    <message>
        <source>DUO has not yet decided on an earlier request.</source>
        <translation>DUO هنوز دربارهٔ درخواست قبلی تصمیم نگرفته است.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>دو عبارت عبور یکسان نیستند. دوباره تایپ کنید.</translation>
    </message>
    <message>
        <source>Welcome to Sleutelapp</source>
        <translation>به Sleutelapp خوش آمدید</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Your notes about the newcomers you guide are stored encrypted on this computer. Choose a passphrase that only you know: at least 8 characters, for example four unrelated words.</source>
        <translation>یادداشت‌های شما دربارهٔ تازه‌واردانی که راهنمایی می‌کنید، رمزگذاری‌شده روی این رایانه نگه داشته می‌شوند. یک عبارت عبور انتخاب کنید که فقط خودتان می‌دانید: دست‌کم 8 نویسه، مثلاً چهار کلمهٔ بی‌ربط.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارت عبور تازه</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>تکرار عبارت عبور</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قدرت عبارت عبور</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Just looking? Try the app with made-up newcomers in a separate demo file. Your own case file is not touched.</source>
        <translation>فقط می‌خواهید نگاه کنید؟ برنامه را با تازه‌واردان ساختگی در یک فایل نمایشی جداگانه امتحان کنید. به پروندهٔ خودتان دست زده نمی‌شود.</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>امتحان با داده‌های نمایشی</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>بازگرداندن نسخهٔ پشتیبان…</translation>
    </message>
</context>
<context>
    <name>FirstStartProfile</name>
    <message>
        <source>Who keeps this case file?</source>
        <translation>چه کسی این پرونده را نگه می‌دارد؟</translation>
    </message>
    <message>
        <source>Your name and your organisation appear on the report for the regisseur. All three are optional; you can change them later under Settings.</source>
        <translation>نام شما و سازمان شما روی گزارش برای مسئول ادغام می‌آید. هر سه اختیاری‌اند؛ بعداً می‌توانید آن‌ها را در «تنظیمات» تغییر دهید.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>responsible for the data, e.g. the welfare organisation</source>
        <translation>مسئول داده‌ها، مثلاً سازمان رفاهی</translation>
    </message>
    <message>
        <source>Organisation &amp;contact</source>
        <translation>تماس با سازمان</translation>
    </message>
    <message>
        <source>e-mail or phone for privacy questions</source>
        <translation>ایمیل یا تلفن برای پرسش‌های حریم خصوصی</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Create my case file</source>
        <translation>ساختن پرونده‌ام</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Sleutelapp transfer code (one-time):</source>
        <translation>کد واگذاری Sleutelapp (یک‌بارمصرف):</translation>
    </message>
    <message numerus="yes">
        <source>Your colleague takes over %n newcomer(s). Do you want to close them in your case file, or erase them for good?</source>
        <translation>
            <numerusform>همکار شما %n تازه‌وارد را تحویل می‌گیرد. می‌خواهید آن‌ها را در پروندهٔ خود ببندید یا برای همیشه پاک کنید؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Close them</source>
        <translation>بستن آن‌ها</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>پاک کردن برای همیشه…</translation>
    </message>
    <message>
        <source>Keep as they are</source>
        <translation>همان‌طور بمانند</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>واگذاری</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Save the handover file</source>
        <translation>ذخیرهٔ فایل واگذاری</translation>
    </message>
    <message>
        <source>Choose where to save the handover file.</source>
        <translation>انتخاب کنید فایل واگذاری کجا ذخیره شود.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>پوشهٔ {0} وجود ندارد.</translation>
    </message>
    <message>
        <source>Tick at least one newcomer (Space).</source>
        <translation>دست‌کم یک تازه‌وارد را علامت بزنید (کلید فاصله).</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} از قبل وجود دارد. جایگزین شود؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>جایگزین کردن</translation>
    </message>
    <message>
        <source>Writing the encrypted handover…</source>
        <translation>در حال نوشتن فایل رمزگذاری‌شدهٔ واگذاری…</translation>
    </message>
    <message>
        <source>All their data is erased from your case file for good, the search index included. Your colleague keeps the handed-over copy.</source>
        <translation>همهٔ داده‌های آن‌ها برای همیشه از پروندهٔ شما پاک می‌شود، از جمله از فهرست جستجو. همکار شما نسخهٔ واگذارشده را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Shared before; tell these recipients:</source>
        <translation>قبلاً به اشتراک گذاشته شده؛ به این گیرندگان اطلاع دهید:</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n newcomer(s) for good?</source>
        <translation>
            <numerusform>%n تازه‌وارد برای همیشه پاک شود؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>پاک کردن برای همیشه</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>پاک شد.</translation>
    </message>
    <message>
        <source>Tell these recipients:</source>
        <translation>به این گیرندگان اطلاع دهید:</translation>
    </message>
    <message>
        <source>Hand over to a colleague</source>
        <translation>واگذاری به همکار</translation>
    </message>
    <message>
        <source>The chosen newcomers go into an encrypted file, with every entry, consent and disclosure. Your colleague opens it with a one-time code that you pass on another way (by phone or in person).</source>
        <translation>تازه‌واردان انتخاب‌شده با همهٔ موارد، رضایت‌ها و اشتراک‌ها در یک فایل رمزگذاری‌شده می‌روند. همکار شما آن را با یک کد یک‌بارمصرف باز می‌کند که شما از راه دیگری (تلفنی یا حضوری) به او می‌دهید.</translation>
    </message>
    <message>
        <source>&amp;Newcomers to hand over (Space ticks one):</source>
        <translation>تازه‌واردان برای واگذاری (کلید فاصله علامت می‌زند):</translation>
    </message>
    <message>
        <source>&amp;Colleague</source>
        <translation>همکار</translation>
    </message>
    <message>
        <source>name of the colleague who takes over</source>
        <translation>نام همکاری که تحویل می‌گیرد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>انتخاب…</translation>
    </message>
</context>
<context>
    <name>HoursField</name>
    <message>
        <source>for example 1,5</source>
        <translation>مثلاً 1,5</translation>
    </message>
    <message>
        <source>Type a number of hours, like 1,5 or 2.</source>
        <translation>تعداد ساعت را بنویسید، مثلاً 1,5 یا 2.</translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message>
        <source>the newcomer themself</source>
        <translation>خودِ تازه‌وارد</translation>
    </message>
    <message>
        <source>inzage (GDPR art. 15)</source>
        <translation>نسخه برای تازه‌وارد (inzage، AVG ماده 15)</translation>
    </message>
    <message>
        <source>Report for the civic integration regisseur</source>
        <translation>گزارش برای مسئول ادغام شهرداری (inburgeringsregisseur)</translation>
    </message>
    <message>
        <source>Anonymous overview (counted, without name)</source>
        <translation>نمای کلی بی‌نام (شمرده‌شده، بدون نام)</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>خروجی داده‌ها</translation>
    </message>
    <message>
        <source>Handover to a fellow key person</source>
        <translation>واگذاری به یک فرد کلیدی دیگر</translation>
    </message>
    <message>
        <source>Inzage for yourself</source>
        <translation>نسخه برای خودتان (inzage)</translation>
    </message>
    <message>
        <source>Appointments in your key person&apos;s agenda</source>
        <translation>قرارها در برنامهٔ فرد کلیدی شما</translation>
    </message>
    <message>
        <source>Appointments on paper for your key person</source>
        <translation>قرارها روی کاغذ برای فرد کلیدی شما</translation>
    </message>
    <message>
        <source>Your appointments on paper, for yourself</source>
        <translation>قرارهای شما روی کاغذ، برای خودتان</translation>
    </message>
    <message>
        <source>Consent form, for yourself</source>
        <translation>برگهٔ رضایت، برای خودتان</translation>
    </message>
    <message>
        <source>You have the right to see what is recorded about you (this overview), to have wrong data corrected and to have data erased (GDPR articles 15 to 17). When data is corrected or erased, we tell whoever received it before (article 19). Ask your key person or the organisation at the top of this overview.</source>
        <translation>شما حق دارید ببینید چه چیزی دربارهٔ شما ثبت شده است (همین نوشته)، بخواهید داده‌های نادرست درست شوند و بخواهید داده‌ها پاک شوند (AVG مادهٔ 15 تا 17). وقتی داده‌ها درست یا پاک می‌شوند، ما به کسانی که پیش‌تر آن‌ها را گرفته‌اند خبر می‌دهیم (مادهٔ 19). این را از فرد کلیدی خود یا از سازمانی که نامش بالای این نوشته است بپرسید.</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>هر ماه</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>هر فصل</translation>
    </message>
    <message>
        <source>{schedule} (own schedule)</source>
        <translation>{schedule} (زمان‌بندی جداگانه)</translation>
    </message>
    <message>
        <source>{schedule} (default)</source>
        <translation>{schedule} (پیش‌فرض)</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>وضعیت {status}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>ساعت {time}</translation>
    </message>
    <message>
        <source>place: {place}</source>
        <translation>محل: {place}</translation>
    </message>
    <message>
        <source>topics: {topics}</source>
        <translation>موضوع‌ها: {topics}</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} دقیقه</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} ساعت</translation>
    </message>
    <message>
        <source>accompanied</source>
        <translation>با همراهی</translation>
    </message>
    <message>
        <source>not accompanied</source>
        <translation>بدون همراهی</translation>
    </message>
    <message>
        <source>may be shared</source>
        <translation>می‌تواند به اشتراک گذاشته شود</translation>
    </message>
    <message>
        <source>private (not shared)</source>
        <translation>خصوصی (به اشتراک گذاشته نمی‌شود)</translation>
    </message>
    <message>
        <source>Your data in Sleutelapp</source>
        <translation>داده‌های شما در Sleutelapp</translation>
    </message>
    <message>
        <source>Inzage for {name}, made on {date}</source>
        <translation>نسخه برای {name}، ساخته‌شده در {date}</translation>
    </message>
    <message>
        <source>This is everything your key person&apos;s case file holds about you, including the key person&apos;s own notes.</source>
        <translation>این همهٔ چیزهایی است که پروندهٔ فرد کلیدی شما دربارهٔ شما دارد، همراه با یادداشت‌های خودِ فرد کلیدی.</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>فرد کلیدی</translation>
    </message>
    <message>
        <source>Key person&apos;s contact</source>
        <translation>راه تماس با فرد کلیدی</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>سازمان مسئول</translation>
    </message>
    <message>
        <source>Organisation&apos;s contact</source>
        <translation>راه تماس با سازمان</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>داده‌های شما</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>نام رایج</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>زبان برگه‌ها</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>Start of the civic integration term</source>
        <translation>آغاز مهلت ادغام</translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>شمارهٔ پرونده در شهرداری</translation>
    </message>
    <message>
        <source>Civic integration regisseur</source>
        <translation>مسئول ادغام شهرداری</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>مربی‌ها</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>آموزشگاه زبان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>بسته‌شده در</translation>
    </message>
    <message>
        <source>Report to the regisseur</source>
        <translation>گزارش به مسئول ادغام</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>ثبت‌شده در</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <source>Extension of the term</source>
        <translation>تمدید مهلت</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>ماه‌ها</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاریخ تصمیم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>No extension recorded.</source>
        <translation>هیچ تمدیدی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>رضایت‌ها</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>برای چه</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>داده‌شده در</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>پس‌گرفته‌شده در</translation>
    </message>
    <message>
        <source>How</source>
        <translation>چگونه</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>برگه</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>هیچ رضایتی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوق شما</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>در انتظار تصمیم</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>پذیرفته شد</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>Requests to DUO for an extension</source>
        <translation>درخواست‌های تمدید از DUO</translation>
    </message>
    <message>
        <source>No request recorded.</source>
        <translation>هیچ درخواستی ثبت نشده است.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ماه</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>فرستاده‌شده در</translation>
    </message>
    <message>
        <source>Evidence gathered</source>
        <translation>مدارک جمع‌شده</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>What was shared, with whom and when</source>
        <translation>چه چیزی، با چه کسی و چه زمانی به اشتراک گذاشته شد</translation>
    </message>
    <message>
        <source>Nothing about you has been shared yet.</source>
        <translation>هنوز هیچ چیزی دربارهٔ شما به اشتراک گذاشته نشده است.</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>از {start} تا پایان {end}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>چه زمانی</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه چیزی</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>به چه کسی</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>موارد</translation>
    </message>
    <message>
        <source>Everything that was recorded ({count})</source>
        <translation>همهٔ چیزهایی که ثبت شده است ({count})</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>هنوز چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Confidential · Inzage in your data · {date}</source>
        <translation>محرمانه · نسخه‌ای از داده‌های شما · {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحهٔ {page} از {pages}</translation>
    </message>
    <message>
        <source>Inzage in your data</source>
        <translation>نسخه‌ای از داده‌های شما (inzage)</translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <source>Newcomer: {0}</source>
        <translation>تازه‌وارد: {0}</translation>
    </message>
    <message>
        <source>The copy holds the profile, {0} (private notes included), {1} and {2}.</source>
        <translation>این نسخه شامل پروفایل، {0} (با یادداشت‌های خصوصی)، {1} و {2} است.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n رضایت</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>what was shared (nothing yet)</source>
        <translation>آنچه به اشتراک گذاشته شد (هنوز هیچ)</translation>
    </message>
    <message numerus="yes">
        <source>what was shared (%n time(s))</source>
        <translation>
            <numerusform>آنچه به اشتراک گذاشته شد (%n بار)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation>ذخیرهٔ نسخه</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>برای PDF پوشه‌ای را انتخاب کنید که وجود دارد.</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>در حال نوشتن نسخه…</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register as given to the newcomer:</source>
        <translation>ذخیره شد و در فهرست اشتراک‌ها به عنوان «داده‌شده به تازه‌وارد» ثبت شد:</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>نسخه برای تازه‌وارد</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The copy is in this language with the Dutch beside it (Dutch alone when Dutch is chosen).</source>
        <translation>نسخه به این زبان است و هلندی در کنار آن (اگر هلندی را انتخاب کنید، فقط هلندی).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>The PDF holds everything, your private notes too. Give it only to this newcomer. It is recorded in the disclosure register as given to them.</source>
        <translation>این PDF همه چیز را دارد، یادداشت‌های خصوصی شما را هم. آن را فقط به همین تازه‌وارد بدهید. در فهرست اشتراک‌ها ثبت می‌شود که به او داده شده است.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your case file…</source>
        <translation>در حال باز کردن پروندهٔ شما…</translation>
    </message>
    <message>
        <source>Creating your case file…</source>
        <translation>در حال ساختن پروندهٔ شما…</translation>
    </message>
    <message>
        <source>Opening the demo…</source>
        <translation>در حال باز کردن نسخهٔ نمایشی…</translation>
    </message>
    <message>
        <source>Making demo data…</source>
        <translation>در حال ساختن داده‌های نمایشی…</translation>
    </message>
    <message>
        <source>Sleutelapp — DEMO (invented people)</source>
        <translation>Sleutelapp — نمایشی (افراد ساختگی)</translation>
    </message>
    <message>
        <source>Your unsaved entry is kept and reopens after unlocking.</source>
        <translation>مورد ذخیره‌نشدهٔ شما نگه داشته شده و پس از باز کردن قفل دوباره باز می‌شود.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>همهٔ مسیرها</translation>
    </message>
    <message numerus="yes">
        <source>%n+ newcomer(s)</source>
        <translation>
            <numerusform>%n+ تازه‌وارد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n تازه‌وارد</numerusform>
        </translation>
    </message>
    <message>
        <source>Sleutelapp</source>
        <translation>Sleutelapp</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Search newcomers</source>
        <translation>جستجوی تازه‌واردان</translation>
    </message>
    <message>
        <source>Search a name or anything written…</source>
        <translation>یک نام یا هر چیزی که نوشته‌اید را جستجو کنید…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>فیلتر وضعیت</translation>
    </message>
    <message>
        <source>Route filter</source>
        <translation>فیلتر مسیر</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>تازه‌واردان</translation>
    </message>
    <message>
        <source>New newcomer…</source>
        <translation>تازه‌وارد جدید…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;New newcomer…</source>
        <translation>تازه‌وارد جدید…</translation>
    </message>
    <message>
        <source>&amp;Edit newcomer…</source>
        <translation>ویرایش تازه‌وارد…</translation>
    </message>
    <message>
        <source>Close or reopen newcomer</source>
        <translation>بستن یا بازگشایی تازه‌وارد</translation>
    </message>
    <message>
        <source>Erase newcomer for good…</source>
        <translation>پاک کردن تازه‌وارد برای همیشه…</translation>
    </message>
    <message>
        <source>Summary for the &amp;regisseur (PDF)…</source>
        <translation>گزارش برای مسئول ادغام (PDF)…</translation>
    </message>
    <message>
        <source>Reports &amp;due for the regisseur…</source>
        <translation>گزارش‌های موعددار برای مسئول ادغام…</translation>
    </message>
    <message>
        <source>&amp;Anonymised summary…</source>
        <translation>خلاصهٔ بی‌نام…</translation>
    </message>
    <message>
        <source>&amp;Merge summaries…</source>
        <translation>ادغام خلاصه‌ها…</translation>
    </message>
    <message>
        <source>&amp;Hand over to a colleague…</source>
        <translation>واگذاری به همکار…</translation>
    </message>
    <message>
        <source>Recei&amp;ve a handover…</source>
        <translation>دریافت واگذاری…</translation>
    </message>
    <message>
        <source>&amp;Copy for the newcomer (inzage)…</source>
        <translation>نسخه برای تازه‌وارد (inzage)…</translation>
    </message>
    <message>
        <source>&amp;Papers for the newcomer…</source>
        <translation>برگه‌ها برای تازه‌وارد…</translation>
    </message>
    <message>
        <source>Export the agen&amp;da (.ics)…</source>
        <translation>خروجی برنامه (.ics)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>ساختن نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>بازگرداندن نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Check the case file</source>
        <translation>بررسی فایل پرونده</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قفل کردن</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Contact…</source>
        <translation>تماس…</translation>
    </message>
    <message>
        <source>&amp;Appointment…</source>
        <translation>قرار…</translation>
    </message>
    <message>
        <source>Ac&amp;tivity…</source>
        <translation>فعالیت…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>یادداشت…</translation>
    </message>
    <message>
        <source>&amp;Signal…</source>
        <translation>هشدار…</translation>
    </message>
    <message>
        <source>Tas&amp;k…</source>
        <translation>کار…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>ویرایش مورد…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>حذف مورد</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>برگرداندن حذف</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>A&amp;genda (week and month)</source>
        <translation>برنامه (هفته و ماه)</translation>
    </message>
    <message>
        <source>&amp;Find newcomer</source>
        <translation>یافتن تازه‌وارد</translation>
    </message>
    <message>
        <source>&amp;About Sleutelapp</source>
        <translation>دربارهٔ Sleutelapp</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge summaries</source>
        <translation>ادغام خلاصه‌ها</translation>
    </message>
    <message>
        <source>Merge anonymised summaries of the same period into one overview. No case file is needed. A file that is not a valid summary, does not add up, would count twice, comes from a case file already included or covers another period is refused. Each refused file says why.</source>
        <translation>خلاصه‌های بی‌نامِ یک دوره را در یک نمای کلی ادغام کنید. فایل پرونده لازم نیست. فایلی که خلاصهٔ معتبر نباشد، با خودش جور نباشد، دو بار شمرده شود، از پرونده‌ای باشد که از قبل در ادغام هست یا دربارهٔ دورهٔ دیگری باشد، رد می‌شود. کنار هر فایل ردشده دلیلش نوشته می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>افزودن فایل‌ها…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>حذف از فهرست</translation>
    </message>
    <message>
        <source>Summaries to merge</source>
        <translation>خلاصه‌هایی که باید ادغام شوند</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Also save a PDF overview with charts</source>
        <translation>یک نمای کلی PDF با نمودار هم ذخیره شود</translation>
    </message>
    <message>
        <source>Save merged…</source>
        <translation>ذخیرهٔ ادغام‌شده…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Choose summaries</source>
        <translation>انتخاب خلاصه‌ها</translation>
    </message>
    <message>
        <source>Summaries (*.json)</source>
        <translation>خلاصه‌ها (*.json)</translation>
    </message>
    <message>
        <source>Checking files…</source>
        <translation>در حال بررسی فایل‌ها…</translation>
    </message>
    <message>
        <source>No valid summaries chosen yet.</source>
        <translation>هنوز هیچ خلاصهٔ معتبری انتخاب نشده است.</translation>
    </message>
    <message numerus="yes">
        <source>Overview of {0} from %n summary(ies): {1} newcomers counted.</source>
        <translation>
            <numerusform>نمای کلی {0} از %n خلاصه: {1} تازه‌وارد شمرده شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused: not counted.</source>
        <translation>
            <numerusform>%n فایل رد شد: شمرده نمی‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save merged overview</source>
        <translation>ذخیرهٔ نمای کلیِ ادغام‌شده</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>The file could not be written: {0}.</source>
        <translation>فایل نوشته نشد: {0}.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
</context>
<context>
    <name>MinutesField</name>
    <message>
        <source>for example 30</source>
        <translation>مثلاً 30</translation>
    </message>
    <message>
        <source>Type whole minutes, like 30 or 90 (or 1:30).</source>
        <translation>دقیقه را با عدد صحیح بنویسید، مثلاً 30 یا 90 (یا 1:30).</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>January</source>
        <translation>ژانویه</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فوریه</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>آوریل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مه</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ژوئن</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ژوئیه</translation>
    </message>
    <message>
        <source>August</source>
        <translation>اوت</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سپتامبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>اکتبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوامبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>دسامبر</translation>
    </message>
</context>
<context>
    <name>NewcomerCard</name>
    <message>
        <source>asking consent (GDPR art. 7)</source>
        <translation>درخواست رضایت (AVG مادهٔ 7)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>A report about you for the municipality</source>
        <translation>گزارشی دربارهٔ شما برای شهرداری</translation>
    </message>
    <message>
        <source>What: a short report with your name, your learning route, when your integration period ends, your appointments (not what they were about), your activities and problems that need help. Never your phone number, your private conversations with your key person or medical details.</source>
        <translation>چه چیزی: گزارشی کوتاه با نام شما، مسیر یادگیری شما، زمانی که مهلت ادغام (termijn) شما تمام می‌شود، قرارهای شما (نه اینکه دربارهٔ چه بودند)، فعالیت‌های شما و مشکلاتی که برای آن‌ها به کمک نیاز دارید. هرگز شمارهٔ تلفن شما، گفتگوهای خصوصی شما با فرد کلیدی‌تان یا اطلاعات پزشکی شما در آن نیست.</translation>
    </message>
    <message>
        <source>With whom: your integration officer (regisseur) at the municipality.</source>
        <translation>با چه کسی: مسئول ادغام شما در شهرداری (inburgeringsregisseur).</translation>
    </message>
    <message>
        <source>Why: so the municipality knows how you are doing and can help you in time.</source>
        <translation>چرا: تا شهرداری بداند حال و کار شما چطور است و بتواند به‌موقع به شما کمک کند.</translation>
    </message>
    <message>
        <source>Your care appointments in that report</source>
        <translation>قرارهای درمانی شما در آن گزارش</translation>
    </message>
    <message>
        <source>What: only how many care appointments you had (doctor, hospital, dentist). Never which doctor, or why.</source>
        <translation>چه چیزی: فقط اینکه چند قرار درمانی داشته‌اید (پزشک، بیمارستان، دندان‌پزشک). هرگز نه اینکه پیش کدام پزشک رفته‌اید و نه برای چه.</translation>
    </message>
    <message>
        <source>With whom: your integration officer, in the same report.</source>
        <translation>با چه کسی: مسئول ادغام شما در شهرداری، در همان گزارش.</translation>
    </message>
    <message>
        <source>Why: so the municipality understands when care takes time, for example when you need more time for your integration.</source>
        <translation>چرا: تا شهرداری بفهمد که گاهی درمان وقت می‌گیرد، مثلاً وقتی برای ادغام به وقت بیشتری نیاز دارید.</translation>
    </message>
    <message>
        <source>Counted in overviews without your name</source>
        <translation>شمرده شدن در نماهای کلی (آمار)، بدون نام شما</translation>
    </message>
    <message>
        <source>What: numbers only, for example hours of activities, added up with many other newcomers. No name, no dates, nothing anyone can trace back to you.</source>
        <translation>چه چیزی: فقط عددها، مثلاً ساعت‌های فعالیت، که با عددهای بسیاری از تازه‌واردان دیگر جمع می‌شود. بدون نام، بدون تاریخ، هیچ چیزی که کسی بتواند از روی آن بفهمد که مربوط به شماست.</translation>
    </message>
    <message>
        <source>With whom: the municipality or the organisation that coordinates the key persons.</source>
        <translation>با چه کسی: شهرداری یا سازمانی که افراد کلیدی را هماهنگ می‌کند.</translation>
    </message>
    <message>
        <source>Why: to make the help for newcomers better.</source>
        <translation>چرا: برای اینکه کمک به تازه‌واردان بهتر شود.</translation>
    </message>
    <message>
        <source>For: {0}</source>
        <translation>برای: {0}</translation>
    </message>
    <message>
        <source>Your key person keeps notes to help you. Some of it may only be shared when you agree. Read each part, or ask someone to read it with you, and tick yes or no.</source>
        <translation>فرد کلیدی شما چیزهایی را یادداشت می‌کند تا به شما کمک کند. بعضی از آن‌ها فقط وقتی می‌توانند به اشتراک گذاشته شوند که شما موافق باشید. هر بخش را بخوانید، یا از کسی بخواهید آن را با شما بخواند، و «بله» یا «نه» را علامت بزنید.</translation>
    </message>
    <message>
        <source>You may say no. Saying no changes nothing in the help you get from your key person.</source>
        <translation>شما می‌توانید «نه» بگویید. اگر «نه» بگویید، در کمکی که از فرد کلیدی خود می‌گیرید هیچ چیزی تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>بله، موافقم</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>نه، موافق نیستم</translation>
    </message>
    <message>
        <source>Changing your mind</source>
        <translation>اگر نظرتان عوض شد</translation>
    </message>
    <message>
        <source>You can take back your consent at any time, as easily as you gave it: tell your key person, by phone, by message or in person. After that nothing new is shared. What was shared before stays with whoever received it.</source>
        <translation>شما هر زمان می‌توانید رضایت خود را پس بگیرید، به همان آسانی که آن را دادید: به فرد کلیدی خود بگویید، با تلفن، با پیام یا وقتی همدیگر را می‌بینید. پس از آن دیگر هیچ چیز تازه‌ای به اشتراک گذاشته نمی‌شود. آنچه پیش‌تر به اشتراک گذاشته شده است، نزد کسی که آن را گرفته است می‌ماند.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوق شما</translation>
    </message>
    <message numerus="yes">
        <source>You may always see what is written about you, have mistakes corrected and have your data erased. Your data is erased %n month(s) after your key person stops helping you. If you are not happy with how your data is handled, you can complain to the Autoriteit Persoonsgegevens.</source>
        <translation>
            <numerusform>شما همیشه می‌توانید ببینید چه چیزی دربارهٔ شما نوشته شده است، بخواهید اشتباه‌ها درست شوند و بخواهید داده‌های شما پاک شوند. داده‌های شما %n ماه پس از اینکه فرد کلیدی شما دیگر به شما کمک نمی‌کند پاک می‌شوند. اگر از نحوهٔ رفتار با داده‌های خود راضی نیستید، می‌توانید به Autoriteit Persoonsgegevens (سازمان حفاظت از داده‌های شخصی در هلند) شکایت کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible for your data:</source>
        <translation>مسئول داده‌های شما:</translation>
    </message>
    <message>
        <source>Your key person:</source>
        <translation>فرد کلیدی شما:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>امضا</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Sheet number {0}, made on {1}</source>
        <translation>شمارهٔ برگه {0}، ساخته‌شده در {1}</translation>
    </message>
    <message>
        <source>appointments for the newcomer</source>
        <translation>قرارها برای تازه‌وارد</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>قرارهای من</translation>
    </message>
    <message>
        <source>Doctor (GP)</source>
        <translation>پزشک خانواده</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>بیمارستان</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>دندان‌پزشک</translation>
    </message>
    <message>
        <source>Care for how you feel (GGZ)</source>
        <translation>کمک برای حال روحی شما (GGZ)</translation>
    </message>
    <message>
        <source>Care appointment</source>
        <translation>قرار درمانی</translation>
    </message>
    <message>
        <source>School</source>
        <translation>مدرسه</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>آموزشگاه زبان</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>مهدکودک</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>شهرداری</translation>
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
        <translation>کار</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>مسکن</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>ساعت {0}</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>کجا:</translation>
    </message>
    <message>
        <source>Where: ask your key person</source>
        <translation>کجا: از فرد کلیدی خود بپرسید</translation>
    </message>
    <message>
        <source>Your key person comes with you.</source>
        <translation>فرد کلیدی شما با شما می‌آید.</translation>
    </message>
    <message>
        <source>You go on your own.</source>
        <translation>شما تنها می‌روید.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>توجه:</translation>
    </message>
    <message>
        <source>Your appointments from {0} to {1}</source>
        <translation>قرارهای شما از {0} تا پایان {1}</translation>
    </message>
    <message>
        <source>You have no appointments in these weeks.</source>
        <translation>شما در این هفته‌ها قراری ندارید.</translation>
    </message>
    <message>
        <source>Questions, or you cannot come? Call or message your key person:</source>
        <translation>سؤالی دارید، یا نمی‌توانید بیایید؟ به فرد کلیدی خود زنگ بزنید یا پیام بدهید:</translation>
    </message>
    <message>
        <source>Ask your key person for their phone number.</source>
        <translation>شمارهٔ تلفن فرد کلیدی خود را از او بپرسید.</translation>
    </message>
    <message>
        <source>Take this paper and your ID with you. Come a few minutes early.</source>
        <translation>این برگه و کارت شناسایی خود را همراه داشته باشید. چند دقیقه زودتر بیایید.</translation>
    </message>
    <message>
        <source>the newcomer themself</source>
        <translation>خودِ تازه‌وارد</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحهٔ {page} از {pages}</translation>
    </message>
</context>
<context>
    <name>NewcomerDialog</name>
    <message>
        <source>months</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>New newcomer</source>
        <translation>تازه‌وارد جدید</translation>
    </message>
    <message>
        <source>Edit newcomer</source>
        <translation>ویرایش تازه‌وارد</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاریخ تصمیم</translation>
    </message>
    <message>
        <source>As in the settings (every month)</source>
        <translation>مانند تنظیمات (هر ماه)</translation>
    </message>
    <message>
        <source>As in the settings (every quarter)</source>
        <translation>مانند تنظیمات (هر فصل)</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>هر فصل</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>هر ماه</translation>
    </message>
    <message>
        <source>Discard these details?</source>
        <translation>این اطلاعات دور ریخته شود؟</translation>
    </message>
    <message>
        <source>You typed something that is not saved yet. Throw it away?</source>
        <translation>چیزی تایپ کرده‌اید که هنوز ذخیره نشده است. آن را دور بریزید؟</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور ریختن</translation>
    </message>
    <message>
        <source>Choose Cancel to go back and save it.</source>
        <translation>برای بازگشت و ذخیرهٔ آن، «لغو» را انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ماه</numerusform>
        </translation>
    </message>
    <message>
        <source>(decided {0})</source>
        <translation>(تصمیم {0})</translation>
    </message>
    <message>
        <source>Fill in the date the termijn started, like 15-03-2024.</source>
        <translation>تاریخ شروع مهلت (termijn) را وارد کنید، مثلاً 15-03-2024.</translation>
    </message>
    <message>
        <source>Fill in a name.</source>
        <translation>یک نام وارد کنید.</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>تازه‌وارد</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>&amp;Called</source>
        <translation>نام رایج</translation>
    </message>
    <message>
        <source>short name shown on screen (optional)</source>
        <translation>نام کوتاه روی صفحه (اختیاری)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>&amp;Language(s)</source>
        <translation>زبان(ها)</translation>
    </message>
    <message>
        <source>Language of the &amp;papers</source>
        <translation>زبان برگه‌ها</translation>
    </message>
    <message>
        <source>The language of the papers for the newcomer (appointments, consent sheet); Dutch is printed beside it.</source>
        <translation>زبان برگه‌ها برای تازه‌وارد (قرارها، برگهٔ رضایت)؛ هلندی در کنار آن چاپ می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>&amp;Termijn started on</source>
        <translation>شروع مهلت</translation>
    </message>
    <message>
        <source>known:</source>
        <translation>معلوم:</translation>
    </message>
    <message>
        <source>Termijn started on</source>
        <translation>شروع مهلت</translation>
    </message>
    <message>
        <source>&amp;Municipality reference</source>
        <translation>شمارهٔ پرونده در شهرداری</translation>
    </message>
    <message>
        <source>Re&amp;gisseur</source>
        <translation>مسئول ادغام</translation>
    </message>
    <message>
        <source>name and e-mail of the inburgeringsregisseur</source>
        <translation>نام و ایمیل مسئول ادغام شهرداری (inburgeringsregisseur)</translation>
    </message>
    <message>
        <source>C&amp;oaches</source>
        <translation>مربی‌ها</translation>
    </message>
    <message>
        <source>Language &amp;school</source>
        <translation>آموزشگاه زبان</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Reports to the regisseur, &amp;how often</source>
        <translation>گزارش به مسئول ادغام، هر چند وقت</translation>
    </message>
    <message>
        <source>Extensions of the termijn granted by DUO</source>
        <translation>تمدیدهای مهلت که DUO پذیرفته است</translation>
    </message>
    <message>
        <source>Months of extension</source>
        <translation>ماه‌های تمدید</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>دلیل تمدید</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Extension decided on</source>
        <translation>تاریخ تصمیم تمدید</translation>
    </message>
    <message>
        <source>Add extension</source>
        <translation>افزودن تمدید</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>حذف موارد انتخاب‌شده</translation>
    </message>
    <message>
        <source>Sleutelapp deliberately has no field for a BSN, ID documents, nationality or religion.</source>
        <translation>Sleutelapp عمداً هیچ قسمتی برای BSN، مدارک شناسایی، ملیت یا دین ندارد.</translation>
    </message>
</context>
<context>
    <name>NewcomerListModel</name>
    <message>
        <source>Last contact: {0}</source>
        <translation>آخرین تماس: {0}</translation>
    </message>
    <message>
        <source>No contact recorded yet</source>
        <translation>هنوز تماسی ثبت نشده</translation>
    </message>
    <message>
        <source>30+ days: no contact for 30 days or more (since they were added). Counted: contacts, appointments you went along to that took place, and activities done together.</source>
        <translation>30+ روز: 30 روز یا بیشتر بدون تماس (از زمان افزوده شدن). شمرده می‌شوند: تماس‌ها، قرارهایی که همراهی کردید و انجام شدند، و فعالیت‌هایی که با هم انجام دادید.</translation>
    </message>
    <message>
        <source>Termijn ends: {0}</source>
        <translation>پایان مهلت: {0}</translation>
    </message>
    <message>
        <source>Found in: {0} {1} — {2}</source>
        <translation>یافته‌شده در: {0} {1} — {2}</translation>
    </message>
    <message>
        <source>termijn</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>30+ days</source>
        <translation>30+ روز</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بسته‌شده</translation>
    </message>
</context>
<context>
    <name>NewcomerView</name>
    <message>
        <source>Everything</source>
        <translation>همه چیز</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden by the filter</source>
        <translation>
            <numerusform>%n مورد با فیلتر پنهان شده</numerusform>
        </translation>
    </message>
    <message>
        <source>closed on {0}</source>
        <translation>بسته‌شده در {0}</translation>
    </message>
    <message>
        <source>Route: {0}</source>
        <translation>مسیر: {0}</translation>
    </message>
    <message>
        <source>Termijn: start date not known</source>
        <translation>مهلت: تاریخ شروع معلوم نیست</translation>
    </message>
    <message numerus="yes">
        <source>Termijn ends {0} — %n day(s) left</source>
        <translation>
            <numerusform>پایان مهلت {0} — %n روز مانده</numerusform>
        </translation>
    </message>
    <message>
        <source>Termijn ended {0}</source>
        <translation>مهلت در {0} تمام شد</translation>
    </message>
    <message>
        <source>Consent: {0}</source>
        <translation>رضایت: {0}</translation>
    </message>
    <message>
        <source>Consent: none recorded</source>
        <translation>رضایت: چیزی ثبت نشده</translation>
    </message>
    <message>
        <source>{0} {1} / {2} h</source>
        <translation>{0} {1} / {2} ساعت</translation>
    </message>
    <message>
        <source>Norms: {0}</source>
        <translation>معیارها: {0}</translation>
    </message>
    <message>
        <source>This route has no hour norms.</source>
        <translation>این مسیر معیار ساعت ندارد.</translation>
    </message>
    <message>
        <source>{0} {1} h</source>
        <translation>{0} {1} ساعت</translation>
    </message>
    <message>
        <source>Participation: {0}</source>
        <translation>مشارکت: {0}</translation>
    </message>
    <message>
        <source>Participation: no hours logged yet</source>
        <translation>مشارکت: هنوز ساعتی ثبت نشده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>نام رایج</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Language(s)</source>
        <translation>زبان(ها)</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>زبان برگه‌ها</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>Termijn started</source>
        <translation>شروع مهلت</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>تمدیدها</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ماه</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>شمارهٔ پرونده در شهرداری</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>مسئول ادغام</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>مربی‌ها</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>آموزشگاه زبان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>پروفایل</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>ویرایش پروفایل…</translation>
    </message>
    <message>
        <source>Papers for the newcomer…</source>
        <translation>برگه‌ها برای تازه‌وارد…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>رضایت‌ها</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>ثبت رضایت…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>پس گرفتن…</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>اشتراک‌ها</translation>
    </message>
    <message>
        <source>Everything about this newcomer that left this computer.</source>
        <translation>هر چیزی دربارهٔ این تازه‌وارد که از این رایانه بیرون رفته است.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>اشتراک‌ها</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>تمدید</translation>
    </message>
    <message>
        <source>Requests to DUO for more time. A granted extension moves the end of the termijn.</source>
        <translation>درخواست‌ها از DUO برای وقت بیشتر. تمدیدِ پذیرفته‌شده پایان مهلت را عقب می‌برد.</translation>
    </message>
    <message>
        <source>Extension requests</source>
        <translation>درخواست‌های تمدید</translation>
    </message>
    <message>
        <source>Request an extension…</source>
        <translation>درخواست تمدید…</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>ثبت تصمیم…</translation>
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
        <translation>قرارها</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Newcomer: {0}</source>
        <translation>تازه‌وارد: {0}</translation>
    </message>
    <message>
        <source>My appointments (the coming weeks)</source>
        <translation>قرارهای من (هفته‌های آینده)</translation>
    </message>
    <message>
        <source>Consent sheet to sign</source>
        <translation>برگهٔ رضایت برای امضا</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>The planned appointments of the coming weeks: day, time, place, what it is and whether you go along, and how to reach you. Private notes and texts not marked shareable are left out.</source>
        <translation>قرارهای برنامه‌ریزی‌شدهٔ هفته‌های آینده: روز، ساعت، محل، چه قراری است و آیا شما همراه می‌روید، و اینکه تازه‌وارد چطور می‌تواند با شما تماس بگیرد. یادداشت‌های خصوصی و متن‌هایی که قابل اشتراک علامت نخورده‌اند، در آن نیستند.</translation>
    </message>
    <message>
        <source>Every consent in plain words: what is shared, with whom and why, how to say no or withdraw later, with a place to sign. When the newcomer has signed, record the consent as signed on this sheet.</source>
        <translation>هر رضایت با واژه‌های ساده: چه چیزی به اشتراک گذاشته می‌شود، با چه کسی و چرا، تازه‌وارد چطور می‌تواند «نه» بگوید یا بعداً رضایت را پس بگیرد، با جایی برای امضا. وقتی تازه‌وارد امضا کرد، رضایت را به عنوان «امضاشده روی این برگه» ثبت کنید.</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>ذخیرهٔ برگه</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>برای PDF پوشه‌ای را انتخاب کنید که وجود دارد.</translation>
    </message>
    <message>
        <source>Writing the paper…</source>
        <translation>برگه در حال نوشته شدن است…</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register as given to the newcomer:</source>
        <translation>ذخیره شد. در برگهٔ «اشتراک‌ها» اکنون نوشته شده که این به تازه‌وارد داده شد:</translation>
    </message>
    <message>
        <source>Papers for the newcomer</source>
        <translation>برگه‌ها برای تازه‌وارد</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>برگه</translation>
    </message>
    <message>
        <source>&amp;Weeks ahead</source>
        <translation>هفته‌های پیش رو</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>هفته‌های پیش رو</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>انتخاب…</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>the passphrase needs at least {0} characters</source>
        <translation>عبارت عبور باید دست‌کم {0} نویسه داشته باشد</translation>
    </message>
    <message>
        <source>the passphrase has too few different characters</source>
        <translation>عبارت عبور نویسه‌های مختلف کمی دارد</translation>
    </message>
    <message>
        <source>this passphrase is on the list of passwords that are tried first; choose four unrelated words, like &apos;bicycle moon coffee garden&apos;</source>
        <translation>این عبارت عبور در فهرست رمزهایی است که اول امتحان می‌شوند؛ چهار کلمهٔ بی‌ربط انتخاب کنید، مثلاً «دوچرخه ماه قهوه باغ»</translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess; make it longer, for example four unrelated words</source>
        <translation>حدس زدن این عبارت عبور خیلی آسان است؛ آن را بلندتر کنید، مثلاً با چهار کلمهٔ بی‌ربط</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>دو عبارت عبور یکسان نیستند.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>در حال تغییر عبارت عبور…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارت عبور تازه</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>تکرار</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>خیلی ضعیف</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعیف</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوی</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>خیلی قوی</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Q{0} {1}</source>
        <translation>فصل {0} سال {1}</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <source>Mark &amp;done / resolved</source>
        <translation>علامت «انجام شد / حل شد»</translation>
    </message>
    <message>
        <source>Mark as &amp;no-show</source>
        <translation>علامت «نیامد»</translation>
    </message>
    <message>
        <source>Mark as &amp;cancelled</source>
        <translation>علامت «لغو شد»</translation>
    </message>
    <message>
        <source>Select an appointment, a task or a signal first.</source>
        <translation>اول یک قرار، یک کار یا یک هشدار را انتخاب کنید.</translation>
    </message>
    <message>
        <source>{0} marked as {1}.</source>
        <translation>{0} با علامت «{1}» مشخص شد.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Open a handover file</source>
        <translation>باز کردن فایل واگذاری</translation>
    </message>
    <message>
        <source>Choose the handover file first.</source>
        <translation>اول فایل واگذاری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Opening and checking the handover…</source>
        <translation>در حال باز کردن و بررسی واگذاری…</translation>
    </message>
    <message>
        <source>Received {0} with {1}.</source>
        <translation>{0} با {1} دریافت شد.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n تازه‌وارد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive a handover</source>
        <translation>دریافت واگذاری</translation>
    </message>
    <message>
        <source>Choose the handover file from your colleague and type the transfer code they gave you. Everything is added to your case file at once, or nothing.</source>
        <translation>فایل واگذاری همکارتان را انتخاب کنید و کد واگذاری‌ای را که به شما داده تایپ کنید. همه چیز یک‌جا به پروندهٔ شما اضافه می‌شود، یا هیچ چیز.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Transfer &amp;code</source>
        <translation>کد واگذاری</translation>
    </message>
</context>
<context>
    <name>RecipientNotice</name>
    <message>
        <source>Summary for the regisseur</source>
        <translation>گزارش برای مسئول ادغام</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>خلاصهٔ بی‌نام</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>خروجی داده‌ها</translation>
    </message>
    <message>
        <source>Handover to a colleague</source>
        <translation>واگذاری به همکار</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>نسخه برای تازه‌وارد</translation>
    </message>
    <message>
        <source>Agenda for your calendar</source>
        <translation>برنامه برای تقویم شما</translation>
    </message>
    <message>
        <source>Week of the agenda on paper</source>
        <translation>هفتهٔ برنامه روی کاغذ</translation>
    </message>
    <message>
        <source>Appointments on paper for the newcomer</source>
        <translation>قرارها روی کاغذ برای تازه‌وارد</translation>
    </message>
    <message>
        <source>Consent sheet for the newcomer</source>
        <translation>برگهٔ رضایت برای تازه‌وارد</translation>
    </message>
    <message>
        <source>This data was shared before. Tell these recipients about the correction, so they can correct their copy too:</source>
        <translation>این داده‌ها قبلاً به اشتراک گذاشته شده‌اند. اصلاح را به این گیرندگان اطلاع دهید تا آن‌ها هم بتوانند نسخهٔ خود را اصلاح کنند:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot passphrase</source>
        <translation>فراموشی عبارت عبور</translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery sheet printed when this case file was made, and choose a new passphrase.</source>
        <translation>کلید بازیابی را از برگهٔ بازیابی‌ای که هنگام ساختن این پرونده چاپ شد تایپ کنید و یک عبارت عبور تازه انتخاب کنید.</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارت عبور تازه</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>تنظیم عبارت عبور تازه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>دو عبارت عبور یکسان نیستند.</translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation>در حال تنظیم عبارت عبور تازه…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>کلید بازیابی تازه</translation>
    </message>
    <message>
        <source>This is the new recovery key. It is shown only once. Print the recovery sheet or write the key down and give it to your organisation. The old recovery key no longer opens this case file (it still opens older backups).</source>
        <translation>این کلید بازیابی تازه است. فقط یک بار نشان داده می‌شود. برگهٔ بازیابی را چاپ کنید یا کلید را یادداشت کنید و به سازمان خود بدهید. کلید بازیابی قدیمی دیگر این پرونده را باز نمی‌کند (ولی نسخه‌های پشتیبان قدیمی‌تر را هنوز باز می‌کند).</translation>
    </message>
    <message>
        <source>Print/Save as PDF…</source>
        <translation>چاپ / ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>I wrote down or printed the recovery key</source>
        <translation>کلید بازیابی را یادداشت یا چاپ کرده‌ام</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>کلید-بازیابی.pdf</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>ذخیرهٔ برگهٔ بازیابی</translation>
    </message>
    <message>
        <source>Type your passphrase to make a new recovery key:</source>
        <translation>برای ساختن کلید بازیابی تازه، عبارت عبور خود را تایپ کنید:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی عبارت عبور…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>ذخیرهٔ برگهٔ بازیابی</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>کلید-بازیابی.pdf</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>کلید بازیابی شما</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key is the only way back into your case file. It is shown only now. Write it down or print it, and give it to your organisation to keep in a safe place.</source>
        <translation>اگر روزی عبارت عبور خود را فراموش کنید، این کلید بازیابی تنها راه بازگشت به پروندهٔ شماست. فقط همین حالا نشان داده می‌شود. آن را یادداشت یا چاپ کنید و به سازمان خود بدهید تا در جای امنی نگه دارد.</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>چاپ / ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>کلید بازیابی را یادداشت یا چاپ کرده‌ام</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Sleutelapp recovery key</source>
        <translation>کلید بازیابی Sleutelapp</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place, away from the laptop.</source>
        <translation>این برگه را در جای امنی، دور از لپ‌تاپ، نگه دارید.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاریخ ساخت</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>فرد کلیدی</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>این چیست؟</translation>
    </message>
    <message>
        <source>This key opens the encrypted Sleutelapp case file when the passphrase is forgotten. Whoever has this key and the case file (or a backup) can read all of it. Treat the sheet like the key of a filing cabinet: locked away, not in the laptop bag, never photographed.</source>
        <translation>اگر عبارت عبور فراموش شود، این کلید پروندهٔ رمزگذاری‌شدهٔ Sleutelapp را باز می‌کند. هر کس این کلید و فایل پرونده (یا یک نسخهٔ پشتیبان) را داشته باشد، می‌تواند همهٔ آن را بخواند. با این برگه مثل کلید یک کمد بایگانی رفتار کنید: در جای قفل‌دار، نه در کیف لپ‌تاپ، و هرگز از آن عکس نگیرید.</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>عبارت عبور یادتان نیست؟</translation>
    </message>
    <message>
        <source>Start Sleutelapp and choose &lt;b&gt;Forgot passphrase?&lt;/b&gt; on the unlock screen.</source>
        <translation>Sleutelapp را باز کنید و در صفحهٔ باز کردن قفل، &lt;b&gt;عبارت عبور یادتان نیست؟&lt;/b&gt; را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Type the recovery key. Dashes, spaces and capitals do not matter.</source>
        <translation>کلید بازیابی را تایپ کنید. خط تیره، فاصله و حروف بزرگ مهم نیستند.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The recovery key stays valid afterwards.</source>
        <translation>یک عبارت عبور تازه انتخاب کنید. کلید بازیابی پس از آن هم معتبر می‌ماند.</translation>
    </message>
    <message>
        <source>A backup can be restored with this key too (&lt;b&gt;Restore backup&lt;/b&gt;, or &lt;i&gt;sleutelapp restore FILE --recovery-key-file&lt;/i&gt;).</source>
        <translation>با این کلید می‌توان یک نسخهٔ پشتیبان را هم بازگرداند (&lt;b&gt;بازگرداندن نسخهٔ پشتیبان&lt;/b&gt;، یا &lt;i&gt;sleutelapp restore FILE --recovery-key-file&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Made a new recovery key?</source>
        <translation>کلید بازیابی تازه ساخته‌اید؟</translation>
    </message>
    <message>
        <source>Then this key no longer opens the case file (it still opens older backups). Keep the new sheet and destroy this one only when no old backups are needed.</source>
        <translation>در آن صورت این کلید دیگر پرونده را باز نمی‌کند (ولی نسخه‌های پشتیبان قدیمی‌تر را هنوز باز می‌کند). برگهٔ تازه را نگه دارید و این برگه را فقط وقتی از بین ببرید که دیگر به نسخه‌های پشتیبان قدیمی نیاز ندارید.</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>نگه‌دارنده</translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation>محل نگهداری</translation>
    </message>
    <message>
        <source>Sleutelapp · recovery key · confidential</source>
        <translation>Sleutelapp · کلید بازیابی · محرمانه</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحهٔ {page} از {pages}</translation>
    </message>
</context>
<context>
    <name>RegisseurReport</name>
    <message>
        <source>Following the progress of civic integration (Civic Integration Act 2021), with the newcomer&apos;s consent</source>
        <translation>پیگیری پیشرفت ادغام (قانون ادغام 2021، Wet inburgering 2021)، با رضایت تازه‌وارد</translation>
    </message>
    <message>
        <source>This report holds only what the newcomer has allowed. Private notes, phone number, language, places of appointments and medical data are never shared; health appointments are at most counted, with separate consent.</source>
        <translation>این گزارش فقط چیزی را دارد که تازه‌وارد اجازه داده است. یادداشت‌های خصوصی، شمارهٔ تلفن، زبان، محل قرارها و اطلاعات پزشکی هرگز به اشتراک گذاشته نمی‌شوند؛ قرارهای درمانی حداکثر شمرده می‌شوند، با رضایت جداگانه.</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(پر نشده)</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>از {start} تا پایان {end}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>{text} … [shortened: {cut} characters not included]</source>
        <translation>{text} … [کوتاه‌شده: {cut} نویسه آورده نشده]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>No shared notes in this period.</source>
        <translation>در این دوره یادداشت قابل اشتراکی نیست.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>کارهای باز</translation>
    </message>
    <message>
        <source>No shared open tasks.</source>
        <translation>کار باز قابل اشتراکی نیست.</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — personal data, only for the addressee</source>
        <translation>محرمانه — اطلاعات شخصی، فقط برای گیرنده</translation>
    </message>
    <message>
        <source>Report for the regisseur</source>
        <translation>گزارش برای مسئول ادغام</translation>
    </message>
    <message>
        <source>Period {period}</source>
        <translation>دورهٔ {period}</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>سازمان مسئول</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>فرد کلیدی</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاریخ ساخت</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>رضایت داده‌شده در</translation>
    </message>
    <message>
        <source>Unknown (start date of the term not filled in)</source>
        <translation>نامعلوم (تاریخ آغاز مهلت پر نشده)</translation>
    </message>
    <message>
        <source>{date} (passed, {days} ago)</source>
        <translation>{date} (گذشته، {days} پیش)</translation>
    </message>
    <message>
        <source>{date} ({days} left)</source>
        <translation>{date} ({days} مانده)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>شمارهٔ پرونده در شهرداری</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>Start of the civic integration term</source>
        <translation>آغاز مهلت ادغام</translation>
    </message>
    <message>
        <source>End of the civic integration term</source>
        <translation>پایان مهلت ادغام</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ماه</numerusform>
        </translation>
    </message>
    <message>
        <source> (decision {date})</source>
        <translation> (تصمیم {date})</translation>
    </message>
    <message>
        <source>Extensions (granted)</source>
        <translation>تمدیدها (پذیرفته‌شده)</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>تازه‌وارد</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>No contact moments in this period.</source>
        <translation>در این دوره تماسی نبوده است.</translation>
    </message>
    <message>
        <source>{count} in this period.</source>
        <translation>{count} در این دوره.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>قرارها</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>با همراهی</translation>
    </message>
    <message>
        <source>No appointments (outside health care) in this period.</source>
        <translation>در این دوره قراری (بیرون از درمان) نبوده است.</translation>
    </message>
    <message>
        <source>Health appointments in this period: {count} (only the number, with the newcomer&apos;s consent).</source>
        <translation>قرارهای درمانی در این دوره: {count} (فقط تعداد، با رضایت تازه‌وارد).</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>مشارکت</translation>
    </message>
    <message>
        <source>No activities in this period.</source>
        <translation>در این دوره فعالیتی نبوده است.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>دفعات</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>h</source>
        <comment>hours</comment>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Hours in this period against the norms of the route (the norms apply to the whole term):</source>
        <translation>ساعت‌های این دوره در برابر معیارهای مسیر (معیارها برای کل مهلت است):</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>جزء</translation>
    </message>
    <message>
        <source>Hours this period</source>
        <translation>ساعت‌های این دوره</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>معیار</translation>
    </message>
    <message>
        <source>at least {hours}</source>
        <translation>دست‌کم {hours}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <source>No signals in this period.</source>
        <translation>در این دوره هشداری نبوده است.</translation>
    </message>
    <message>
        <source>{open} open, {resolved} resolved.</source>
        <translation>{open} باز، {resolved} حل‌شده.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Confidential · Report for the regisseur · {period}</source>
        <translation>محرمانه · گزارش برای مسئول ادغام · {period}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحهٔ {page} از {pages}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Tomorrow at {0}: appointment with {1}, you go along.</source>
        <translation>فردا ساعت {0}: قرار با {1}، شما همراهی می‌کنید.</translation>
    </message>
    <message>
        <source>Tomorrow: appointment with {0}, you go along.</source>
        <translation>فردا: قرار با {0}، شما همراهی می‌کنید.</translation>
    </message>
    <message>
        <source>Today at {0}: appointment with {1}, you go along.</source>
        <translation>امروز ساعت {0}: قرار با {1}، شما همراهی می‌کنید.</translation>
    </message>
    <message>
        <source>Today: appointment with {0}, you go along.</source>
        <translation>امروز: قرار با {0}، شما همراهی می‌کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Since you last closed the app: %n appointment(s)</source>
        <translation>
            <numerusform>از آخرین باری که برنامه را بستید: %n قرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n task(s) came due. See Today and the agenda.</source>
        <translation>
            <numerusform>و %n کار به سررسید رسیدند. «امروز» و برنامه را ببینید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <source>This month (up to today)</source>
        <translation>این ماه (تا امروز)</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>فصل گذشته</translation>
    </message>
    <message>
        <source>Since last report</source>
        <translation>از آخرین گزارش</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>انتخاب دلخواه</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>پیش‌نمایش گزارش</translation>
    </message>
    <message>
        <source>Newcomer: {0}</source>
        <translation>تازه‌وارد: {0}</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>ذخیره…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>No report was made yet; choose a period.</source>
        <translation>هنوز گزارشی ساخته نشده است؛ یک دوره انتخاب کنید.</translation>
    </message>
    <message>
        <source>Type both dates as dd-mm-yyyy, like 15-03-2026.</source>
        <translation>هر دو تاریخ را به شکل روز-ماه-سال بنویسید، مثلاً 15-03-2026.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاریخ پایان پیش از تاریخ شروع است.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>در حال ساختن پیش‌نمایش…</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n entry(s) go into the report.</source>
        <translation>
            <numerusform>{0} از %n مورد در گزارش می‌آید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent given on {0}; health appointments are counted only.</source>
        <translation>رضایت در {0} داده شده؛ قرارهای درمانی فقط شمرده می‌شوند.</translation>
    </message>
    <message>
        <source>Consent given on {0}; health appointments stay out (no consent).</source>
        <translation>رضایت در {0} داده شده؛ قرارهای درمانی نمی‌آیند (بدون رضایت).</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>در حال ذخیرهٔ گزارش…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>The file could not be written: {0}. Nothing was recorded.</source>
        <translation>فایل نوشته نشد: {0}. چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>Saved with a password and recorded in the disclosure register:
{0}</source>
        <translation>با رمز ذخیره شد. در برگهٔ «اشتراک‌ها» اکنون نوشته شده که این گزارش به اشتراک گذاشته شد:
{0}</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register:
{0}</source>
        <translation>ذخیره شد. در برگهٔ «اشتراک‌ها» اکنون نوشته شده که این گزارش به اشتراک گذاشته شد:
{0}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <source>Report for the regisseur</source>
        <translation>گزارش برای مسئول ادغام</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>تا پایان</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>name of the inburgeringsregisseur</source>
        <translation>نام مسئول ادغام شهرداری (inburgeringsregisseur)</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>رمز (اختیاری)</translation>
    </message>
    <message>
        <source>empty = no password</source>
        <translation>خالی = بدون رمز</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>&amp;Everything of this period — uncheck what must stay out:</source>
        <translation>همهٔ موارد این دوره — علامت مواردی را که نباید بروند بردارید:</translation>
    </message>
    <message>
        <source>Preview: exactly the file that will be saved.</source>
        <translation>پیش‌نمایش: دقیقاً همان فایلی که ذخیره می‌شود.</translation>
    </message>
</context>
<context>
    <name>ReportPeriods</name>
    <message>
        <source>quarter {0} of {1}</source>
        <translation>فصل {0} سال {1}</translation>
    </message>
    <message>
        <source>Report {0} for {1} not made yet</source>
        <translation>گزارش {0} برای {1} هنوز ساخته نشده</translation>
    </message>
</context>
<context>
    <name>ReportReason</name>
    <message>
        <source>Counted only (channel and topic)</source>
        <translation>فقط شمرده می‌شود (کانال و موضوع)</translation>
    </message>
    <message>
        <source>Date, type, status and accompanied</source>
        <translation>تاریخ، نوع، وضعیت و همراهی</translation>
    </message>
    <message>
        <source>Counted only (health consent)</source>
        <translation>فقط شمرده می‌شود (رضایت قرار درمانی)</translation>
    </message>
    <message>
        <source>Type and hours</source>
        <translation>نوع و ساعت‌ها</translation>
    </message>
    <message>
        <source>Type, hours and shareable text</source>
        <translation>نوع، ساعت‌ها و متن قابل اشتراک</translation>
    </message>
    <message>
        <source>Theme and status (text stays private)</source>
        <translation>موضوع و وضعیت (متن خصوصی می‌ماند)</translation>
    </message>
    <message>
        <source>Theme, status and shareable text</source>
        <translation>موضوع، وضعیت و متن قابل اشتراک</translation>
    </message>
    <message>
        <source>Shareable note</source>
        <translation>یادداشت قابل اشتراک</translation>
    </message>
    <message>
        <source>Open task, shareable</source>
        <translation>کار باز، قابل اشتراک</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>یادداشت خصوصی</translation>
    </message>
    <message>
        <source>Health, no consent</source>
        <translation>سلامت، بدون رضایت</translation>
    </message>
    <message>
        <source>Not marked shareable</source>
        <translation>قابل اشتراک علامت نخورده</translation>
    </message>
    <message>
        <source>Task is done</source>
        <translation>کار انجام شده است</translation>
    </message>
    <message>
        <source>Outside the period</source>
        <translation>بیرون از دوره</translation>
    </message>
    <message>
        <source>Left out by you</source>
        <translation>شما کنار گذاشتید</translation>
    </message>
    <message>
        <source>No consent for a report</source>
        <translation>بدون رضایت برای گزارش</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <source>Make a backup</source>
        <translation>ساختن نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Making and checking the backup…</source>
        <translation>در حال ساختن و بررسی نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>نسخهٔ پشتیبان نوشته و بررسی شد.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بازگرداندن نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Passphrase of this backup (or the recovery key):</source>
        <translation>عبارت عبور این نسخهٔ پشتیبان (یا کلید بازیابی):</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>در حال بررسی نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>این نسخهٔ پشتیبان بازگردانده شود؟</translation>
    </message>
    <message>
        <source>The current case file is kept as a backup in the backup folder first.</source>
        <translation>پروندهٔ فعلی اول به صورت نسخهٔ پشتیبان در پوشهٔ نسخه‌های پشتیبان نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>در حال بازگرداندن نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>The previous case file was kept in {0}.</source>
        <translation>پروندهٔ قبلی در {0} نگه داشته شد.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>نسخهٔ پشتیبان بازگردانده شد.</translation>
    </message>
    <message>
        <source>Checking the case file…</source>
        <translation>در حال بررسی فایل پرونده…</translation>
    </message>
    <message numerus="yes">
        <source>The case file has %n problem(s).</source>
        <translation>
            <numerusform>فایل پرونده %n مشکل دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make no more changes and restore a backup (Case &gt; Restore backup). The current file is kept when you do.</source>
        <translation>دیگر تغییری ندهید و یک نسخهٔ پشتیبان را بازگردانید (پرونده &gt; بازگرداندن نسخهٔ پشتیبان). فایل فعلی در این کار نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>All is well: the case file is intact and encrypted.</source>
        <translation>همه چیز درست است: فایل پرونده سالم و رمزگذاری‌شده است.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s).</source>
        <translation>
            <numerusform>%n تازه‌وارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>All data of this newcomer is erased for good, the search index included. This cannot be undone. Older backups still hold the data.</source>
        <translation>همهٔ داده‌های این تازه‌وارد برای همیشه پاک می‌شود، از جمله از فهرست جستجو. این کار برگشت‌پذیر نیست. نسخه‌های پشتیبان قدیمی‌تر هنوز این داده‌ها را دارند.</translation>
    </message>
    <message>
        <source>Shared before; tell these recipients that the data was erased:</source>
        <translation>قبلاً به اشتراک گذاشته شده؛ به این گیرندگان اطلاع دهید که داده‌ها پاک شد:</translation>
    </message>
    <message>
        <source>Erase {0}?</source>
        <translation>{0} پاک شود؟</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>پاک کردن برای همیشه</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>پاک شد.</translation>
    </message>
    <message>
        <source>Erased. This data was shared before; tell the recipients it was erased:</source>
        <translation>پاک شد. این داده‌ها قبلاً به اشتراک گذاشته شده بودند؛ به گیرندگان اطلاع دهید که پاک شدند:</translation>
    </message>
    <message>
        <source>• {0} — closed {1}</source>
        <translation>• {0} — بسته‌شده در {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed more than {0} months ago: their data must be erased now.</source>
        <translation>
            <numerusform>%n تازه‌وارد بیش از {0} ماه پیش بسته شده‌اند: داده‌های آن‌ها باید اکنون پاک شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>اکنون پاک شود</translation>
    </message>
    <message>
        <source>If you cancel, the app asks again at the next start.</source>
        <translation>اگر «لغو» را انتخاب کنید، برنامه در شروع بعدی دوباره می‌پرسد.</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Organisation responsible</source>
        <translation>سازمان مسئول</translation>
    </message>
    <message>
        <source>Organisation contact</source>
        <translation>تماس با سازمان</translation>
    </message>
    <message>
        <source>Key person&apos;s name</source>
        <translation>نام فرد کلیدی</translation>
    </message>
    <message>
        <source>Key person&apos;s contact</source>
        <translation>راه تماس با فرد کلیدی</translation>
    </message>
    <message>
        <source>Retention after closing (months)</source>
        <translation>دورهٔ نگهداری پس از بستن (ماه)</translation>
    </message>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation>قفل خودکار پس از (دقیقه)</translation>
    </message>
    <message>
        <source>Smallest group in a summary (newcomers)</source>
        <translation>کوچک‌ترین گروه در خلاصه (تازه‌وارد)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Report for the regisseur: every month or every quarter</source>
        <translation>گزارش برای مسئول ادغام: هر ماه یا هر فصل</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Every quarter</source>
        <translation>هر فصل</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>هر ماه</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>در این نسخه موجود نیست.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Who is responsible for the data</source>
        <translation>چه کسی مسئول داده‌هاست</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Organisation &amp;contact</source>
        <translation>تماس با سازمان</translation>
    </message>
    <message>
        <source>&amp;Your name (key person)</source>
        <translation>نام شما (فرد کلیدی)</translation>
    </message>
    <message>
        <source>Your c&amp;ontact</source>
        <translation>راه تماس با شما</translation>
    </message>
    <message>
        <source>Safety and summaries</source>
        <translation>امنیت و خلاصه‌ها</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes without use)</source>
        <translation>قفل شدن پس از (دقیقه بدون استفاده)</translation>
    </message>
    <message>
        <source>&amp;Erase closed newcomers after (months)</source>
        <translation>پاک کردن تازه‌واردان بسته‌شده پس از (ماه)</translation>
    </message>
    <message>
        <source>&amp;Minimum newcomers per number (k)</source>
        <translation>کوچک‌ترین گروه در خلاصه (k)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Reports to the regisseur, &amp;how often</source>
        <translation>گزارش به مسئول ادغام، هر چند وقت</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>تغییر عبارت عبور…</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>کلید بازیابی تازه…</translation>
    </message>
</context>
<context>
    <name>ShortMonth</name>
    <message>
        <source>Jan</source>
        <translation>ژانویه</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>فوریه</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>آوریل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مه</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>ژوئن</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>ژوئیه</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>اوت</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>سپتامبر</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>اکتبر</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>نوامبر</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>دسامبر</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Anonymised summary</source>
        <translation>خلاصهٔ بی‌نام</translation>
    </message>
    <message>
        <source>Period &amp;length</source>
        <translation>طول دوره</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>&amp;Label (optional)</source>
        <translation>برچسب (اختیاری)</translation>
    </message>
    <message>
        <source>e.g. North district — no names of people</source>
        <translation>مثلاً محلهٔ شمالی — بدون نام افراد</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Also save a PDF (same content)</source>
        <translation>یک PDF هم ذخیره شود (همان محتوا)</translation>
    </message>
    <message>
        <source>Summary (*.json)</source>
        <translation>خلاصه (*.json)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>ذخیره…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Fixed: this case file makes summaries per {0}.</source>
        <translation>ثابت: این پرونده خلاصه‌ها را برای هر {0} می‌سازد.</translation>
    </message>
    <message>
        <source>Choose this before the first summary. It is fixed after that, so nobody can subtract summaries from each other.</source>
        <translation>این را پیش از اولین خلاصه انتخاب کنید. پس از آن ثابت می‌ماند، تا هیچ‌کس نتواند خلاصه‌ها را از هم کم کند.</translation>
    </message>
    <message>
        <source>{0} — issued on {1}</source>
        <translation>{0} — داده‌شده در {1}</translation>
    </message>
    <message>
        <source>There is no ended period to summarise yet.</source>
        <translation>هنوز دورهٔ تمام‌شده‌ای برای خلاصه کردن نیست.</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>در حال ساختن خلاصه…</translation>
    </message>
    <message>
        <source>{0}: {1} newcomers counted (with consent to anonymised reporting), {2} not counted. A number about fewer than {3} newcomers is not shown.</source>
        <translation>{0}: {1} تازه‌وارد شمرده شد (با رضایت برای گزارش بی‌نام)، {2} شمرده نشد. عددی دربارهٔ کمتر از {3} تازه‌وارد نشان داده نمی‌شود.</translation>
    </message>
    <message>
        <source>This period was issued on {0}. You get exactly the same figures as then, with the same label.</source>
        <translation>این دوره در {0} داده شده است. دقیقاً همان عددهای آن زمان را با همان برچسب می‌گیرید.</translation>
    </message>
    <message>
        <source>The data changed since; those changes are not counted here. So nobody can subtract the two overviews from each other.</source>
        <translation>داده‌ها از آن زمان تغییر کرده‌اند؛ آن تغییرها اینجا شمرده نمی‌شوند. به این ترتیب هیچ‌کس نمی‌تواند دو نمای کلی را از هم کم کند.</translation>
    </message>
    <message>
        <source>This is the first summary: saving fixes the period length at {0}.</source>
        <translation>این اولین خلاصه است: با ذخیره کردن، طول دوره روی {0} ثابت می‌شود.</translation>
    </message>
    <message>
        <source>Change the label</source>
        <translation>تغییر برچسب</translation>
    </message>
    <message>
        <source>Fix the period length</source>
        <translation>ثابت کردن طول دوره</translation>
    </message>
    <message>
        <source>After this summary, this case file makes summaries per {0} only. You cannot change that later.</source>
        <translation>پس از این خلاصه، این پرونده فقط خلاصه‌هایی برای هر {0} می‌سازد. بعداً نمی‌توانید این را تغییر دهید.</translation>
    </message>
    <message>
        <source>Fix and save</source>
        <translation>ثابت کردن و ذخیره</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>ذخیرهٔ خلاصه</translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation>در حال ذخیرهٔ خلاصه…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>The file could not be written: {0}.</source>
        <translation>فایل نوشته نشد: {0}.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register:</source>
        <translation>ذخیره شد. در برگهٔ «اشتراک‌ها» اکنون نوشته شده که این به اشتراک گذاشته شد:</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>Anonymised summary</source>
        <translation>خلاصهٔ بی‌نام</translation>
    </message>
    <message>
        <source>Merged overview</source>
        <translation>نمای کلیِ ادغام‌شده</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Newcomers counted</source>
        <translation>تازه‌واردان شمرده‌شده</translation>
    </message>
    <message>
        <source>Not counted (no consent)</source>
        <translation>شمرده‌نشده (بدون رضایت)</translation>
    </message>
    <message>
        <source>Merged from {n} summaries</source>
        <translation>ادغام‌شده از {n} خلاصه</translation>
    </message>
    <message>
        <source>Smallest group shown: {k} newcomers</source>
        <translation>کوچک‌ترین گروهی که نشان داده می‌شود: {k} تازه‌وارد</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>How to read this overview</source>
        <translation>این نمای کلی را چگونه بخوانید</translation>
    </message>
    <message>
        <source>What is hidden, and why</source>
        <translation>چه چیزی پنهان است، و چرا</translation>
    </message>
    <message>
        <source>No chart: every number of this chart is hidden (*), because they rest on too few newcomers.</source>
        <translation>بدون نمودار: همهٔ عددهای این نمودار پنهان است (*)، چون بر تعداد خیلی کمی تازه‌وارد استوارند.</translation>
    </message>
    <message>
        <source>No chart: nothing was counted here in this period.</source>
        <translation>بدون نمودار: در این دوره اینجا چیزی شمرده نشد.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>در یک نگاه</translation>
    </message>
    <message>
        <source>Participation hours by activity type</source>
        <translation>ساعت‌های مشارکت به تفکیک نوع فعالیت</translation>
    </message>
    <message>
        <source>Signals by theme (open and resolved)</source>
        <translation>هشدارها به تفکیک موضوع (باز و حل‌شده)</translation>
    </message>
    <message>
        <source>Appointments by type</source>
        <translation>قرارها به تفکیک نوع</translation>
    </message>
    <message>
        <source>Bars of cells not shown are missing (*); a + bar is a minimum.</source>
        <translation>میله‌های خانه‌هایی که نشان داده نمی‌شوند نیستند (*)؛ میلهٔ + یک حداقل است.</translation>
    </message>
    <message>
        <source>Split not shown</source>
        <translation>تفکیک نشان داده نمی‌شود</translation>
    </message>
    <message>
        <source>Summaries in this overview</source>
        <translation>خلاصه‌های این نمای کلی</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(بدون برچسب)</translation>
    </message>
    <message>
        <source>Sleutelapp · anonymised summary {period}</source>
        <translation>Sleutelapp · خلاصهٔ بی‌نام {period}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحهٔ {page} از {pages}</translation>
    </message>
</context>
<context>
    <name>SummarySequence</name>
    <message>
        <source>first choose the period length of this case file (month, quarter or year); it is fixed after that.</source>
        <translation>اول طول دورهٔ این پرونده را انتخاب کنید (ماه، فصل یا سال)؛ پس از آن ثابت می‌ماند.</translation>
    </message>
    <message>
        <source>this case file makes summaries per {0}; a {1} is not possible, because together with the other summaries hidden numbers could then be worked out. Choose a {0}.</source>
        <translation>این پرونده خلاصه‌ها را برای هر {0} می‌سازد؛ {1} ممکن نیست، چون در کنار خلاصه‌های دیگر می‌شد عددهای پنهان را حساب کرد. یک {0} انتخاب کنید.</translation>
    </message>
    <message>
        <source>the period {0} has not ended yet; it can be summarised from {1}.</source>
        <translation>دورهٔ {0} هنوز تمام نشده است؛ از {1} می‌توان آن را خلاصه کرد.</translation>
    </message>
    <message>
        <source>a summary of {0} – {1} was issued by an earlier version of Sleutelapp without keeping its figures; a new summary touching that time could be subtracted from it.</source>
        <translation>یک نسخهٔ قدیمی‌تر Sleutelapp برای {0} – {1} خلاصه‌ای داده است، بی‌آن‌که عددهایش را نگه دارد؛ خلاصهٔ تازه‌ای که این زمان را در بر بگیرد، می‌تواند از آن کم شود.</translation>
    </message>
    <message>
        <source>unknown period length &apos;{0}&apos;: choose month, quarter or year.</source>
        <translation>طول دورهٔ ناشناخته «{0}»: ماه، فصل یا سال را انتخاب کنید.</translation>
    </message>
    <message>
        <source>the period length of this case file is fixed at {0}, because summaries were already issued.</source>
        <translation>طول دورهٔ این پرونده روی {0} ثابت است، چون قبلاً خلاصه‌هایی داده شده است.</translation>
    </message>
    <message>
        <source>this period was issued meanwhile; open the window again.</source>
        <translation>این دوره در این فاصله داده شده است؛ پنجره را دوباره باز کنید.</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Newcomers by route</source>
        <translation>تازه‌واردان به تفکیک مسیر</translation>
    </message>
    <message>
        <source>Newcomers with consent to anonymised reporting and at least one entry in the period.</source>
        <translation>تازه‌واردانی که برای گزارش بی‌نام رضایت داده‌اند و در این دوره دست‌کم یک مورد دارند.</translation>
    </message>
    <message>
        <source>Contacts by topic and channel</source>
        <translation>تماس‌ها به تفکیک موضوع و کانال</translation>
    </message>
    <message>
        <source>A contact about two topics counts under both topics; the total per channel counts each contact once.</source>
        <translation>تماسی دربارهٔ دو موضوع زیر هر دو موضوع شمرده می‌شود؛ جمع هر کانال هر تماس را یک بار می‌شمارد.</translation>
    </message>
    <message>
        <source>Appointments by type, accompanied or not</source>
        <translation>قرارها به تفکیک نوع، با همراهی یا بدون همراهی</translation>
    </message>
    <message>
        <source>Cancelled appointments are not counted. Health appointments form one row while any type rests on too few newcomers.</source>
        <translation>قرارهای لغوشده شمرده نمی‌شوند. تا وقتی یک نوع بر تعداد خیلی کمی تازه‌وارد استوار است، قرارهای درمانی با هم در یک ردیف می‌آیند.</translation>
    </message>
    <message>
        <source>Participation hours by activity type</source>
        <translation>ساعت‌های مشارکت به تفکیک نوع فعالیت</translation>
    </message>
    <message>
        <source>Rounded to whole hours.</source>
        <translation>گرد شده به ساعت کامل.</translation>
    </message>
    <message>
        <source>Signals by theme</source>
        <translation>هشدارها به تفکیک موضوع</translation>
    </message>
    <message>
        <source>Signals raised in the period, with their state when the summary was made.</source>
        <translation>هشدارهایی که در این دوره ثبت شدند، با وضعیتشان هنگام ساختن خلاصه.</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>بدون موضوع</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>تازه‌واردان</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>با همراهی</translation>
    </message>
    <message>
        <source>Not accompanied</source>
        <translation>بدون همراهی</translation>
    </message>
    <message>
        <source>Health care (GP, hospital, dentist, mental health, other care)</source>
        <translation>درمان (پزشک خانواده، بیمارستان، دندان‌پزشک، سلامت روان، درمان دیگر)</translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <source>Not shown to protect privacy.</source>
        <translation>برای حفظ حریم خصوصی نشان داده نمی‌شود.</translation>
    </message>
    <message>
        <source>At least this number: some summaries did not show this cell.</source>
        <translation>دست‌کم این تعداد: بعضی از خلاصه‌ها این خانه را نشان نداده بودند.</translation>
    </message>
    <message>
        <source>Rests on {0} newcomers.</source>
        <translation>بر {0} تازه‌وارد استوار است.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <source>a BSN</source>
        <translation>یک BSN</translation>
    </message>
    <message>
        <source>an IBAN (bank account)</source>
        <translation>یک IBAN (شمارهٔ حساب بانکی)</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>یک نشانی ایمیل</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>یک شمارهٔ تلفن</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>قابل اشتراک</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} ساعت</translation>
    </message>
    <message>
        <source>accompanied</source>
        <translation>با همراهی</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>extension requested, answer expected by {0}</source>
        <translation>درخواست تمدید فرستاده شد، پاسخ تا {0}</translation>
    </message>
    <message>
        <source>an extension can be requested since {0}</source>
        <translation>از {0} می‌توان درخواست تمدید داد</translation>
    </message>
    <message>
        <source>an extension can be requested from {0}</source>
        <translation>از {0} به بعد می‌توان درخواست تمدید داد</translation>
    </message>
    <message numerus="yes">
        <source>%n more appointment(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n قرار دیگر — برای دیدن بیشتر Enter را بزنید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more task(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n کار دیگر — برای دیدن بیشتر Enter را بزنید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more newcomer(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n تازه‌وارد دیگر — برای دیدن بیشتر Enter را بزنید</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the next {0}; the agenda (Ctrl+G) shows them per week.</source>
        <translation>{0} مورد بعدی را نشان می‌دهد؛ برنامه (Ctrl+G) آن‌ها را هفته به هفته نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Shows the next {0}.</source>
        <translation>{0} مورد بعدی را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Enter opens the dialog that makes all due reports at once.</source>
        <translation>Enter پنجره‌ای را باز می‌کند که همهٔ گزارش‌های موعددار را یک‌جا می‌سازد.</translation>
    </message>
    <message numerus="yes">
        <source>%n more report(s) due — press Enter to make them</source>
        <translation>
            <numerusform>%n گزارش دیگر باید ساخته شود — برای ساختن آن‌ها Enter را بزنید</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1}: {2} — still planned; did it take place?</source>
        <translation>{0} — {1}: {2} — هنوز «برنامه‌ریزی‌شده» است؛ آیا انجام شد؟</translation>
    </message>
    <message>
        <source>you go along</source>
        <translation>همراهی می‌کنید</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(دیر شده)</translation>
    </message>
    <message numerus="yes">
        <source>{0} — termijn ends {1} (%n day(s) left)</source>
        <translation>
            <numerusform>{0} — پایان مهلت {1} (%n روز مانده)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — termijn ended {1}</source>
        <translation>{0} — مهلت در {1} تمام شد</translation>
    </message>
    <message>
        <source>{0} — no contact recorded yet</source>
        <translation>{0} — هنوز تماسی ثبت نشده</translation>
    </message>
    <message numerus="yes">
        <source>{0} — last contact {1} (%n day(s) ago)</source>
        <translation>
            <numerusform>{0} — آخرین تماس {1} (%n روز پیش)</numerusform>
        </translation>
    </message>
    <message>
        <source>Update the status: past appointments still planned</source>
        <translation>به‌روزرسانی وضعیت: قرارهای گذشته که هنوز «برنامه‌ریزی‌شده» هستند</translation>
    </message>
    <message>
        <source>Appointments up to and including {0}</source>
        <translation>قرارها تا پایان {0}</translation>
    </message>
    <message>
        <source>Open tasks due up to and including {0}</source>
        <translation>کارهای باز با سررسید تا پایان {0}</translation>
    </message>
    <message>
        <source>Termijn ends within 6 months</source>
        <translation>پایان مهلت در کمتر از 6 ماه</translation>
    </message>
    <message>
        <source>No contact for 30 days</source>
        <translation>30 روز بدون تماس</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Update the status</source>
        <translation>به‌روزرسانی وضعیت</translation>
    </message>
    <message>
        <source>Appointments in the next 14 days</source>
        <translation>قرارها در 14 روز آینده</translation>
    </message>
    <message>
        <source>Open tasks, due soon</source>
        <translation>کارهای باز با سررسید نزدیک</translation>
    </message>
    <message>
        <source>Press Enter or double-click an item to open the newcomer. Ctrl+1…6 logs for the newcomer of the selected item; Ctrl+D marks an appointment or task done (right-click for more).</source>
        <translation>برای باز کردن تازه‌وارد، Enter را بزنید یا روی یک مورد دوبار کلیک کنید. Ctrl+1…6 برای تازه‌وارد مورد انتخاب‌شده چیزی ثبت می‌کند؛ Ctrl+D قرار یا کار را «انجام شد» می‌کند (برای گزینه‌های بیشتر کلیک راست کنید).</translation>
    </message>
</context>
<context>
    <name>TransferCodeDialog</name>
    <message numerus="yes">
        <source>The handover file for %n newcomer(s) was written:
{0}</source>
        <translation>
            <numerusform>فایل واگذاری برای %n تازه‌وارد نوشته شد:
{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>کپی شد</translation>
    </message>
    <message>
        <source>Transfer code</source>
        <translation>کد واگذاری</translation>
    </message>
    <message>
        <source>This code is shown only once and is not kept anywhere. Pass it to your colleague another way than the file: by phone or in person. Without the code the file cannot be opened.</source>
        <translation>این کد فقط یک بار نشان داده می‌شود و هیچ جا نگه داشته نمی‌شود. آن را از راهی غیر از فایل به همکارتان بدهید: تلفنی یا حضوری. بدون این کد فایل باز نمی‌شود.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ…</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Sleutelapp is locked</source>
        <translation>Sleutelapp قفل است</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your case file.</source>
        <translation>برای باز کردن پرونده، عبارت عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>عبارت عبور یادتان نیست؟</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>بازگرداندن نسخهٔ پشتیبان…</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>WholeNumberField</name>
    <message>
        <source>Type a whole number from {0} to {1}, without a point or comma.</source>
        <translation>یک عدد صحیح از {0} تا {1} بنویسید، بدون نقطه یا ویرگول.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Choose a newcomer first (search on the left).</source>
        <translation>اول یک تازه‌وارد را انتخاب کنید (جستجو در سمت راست).</translation>
    </message>
    <message>
        <source>This entry is already open.</source>
        <translation>این مورد از قبل باز است.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Entry deleted. Press Ctrl+Z to undo.</source>
        <translation>مورد حذف شد. برای برگرداندن Ctrl+Z را بزنید.</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>مورد برگردانده شد.</translation>
    </message>
    <message>
        <source>Close {0}?</source>
        <translation>{0} بسته شود؟</translation>
    </message>
    <message>
        <source>Close the file of {0}?</source>
        <translation>پروندهٔ {0} بسته شود؟</translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation>بستن {0}</translation>
    </message>
    <message numerus="yes">
        <source>Closing starts the retention period: %n month(s) from today, after which the app asks you to erase everything about them. You can reopen the file until then.</source>
        <translation>
            <numerusform>با بستن، دورهٔ نگهداری شروع می‌شود: %n ماه از امروز؛ پس از آن برنامه از شما می‌خواهد همه چیز دربارهٔ این شخص را پاک کنید. تا آن زمان می‌توانید پرونده را دوباره باز کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is closed.</source>
        <translation>{0} بسته شد.</translation>
    </message>
    <message>
        <source>{0} is reopened.</source>
        <translation>{0} دوباره باز شد.</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation>نسخهٔ پشتیبان بازگردانده شد. قفل آن را با عبارت عبور همان نسخهٔ پشتیبان باز کنید.</translation>
    </message>
    <message>
        <source>Making the automatic backup…</source>
        <translation>در حال ساختن نسخهٔ پشتیبان خودکار…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Sleutelapp is already open for this data folder. Switch to that window; a second window on the same case file is not possible.</source>
        <translation>Sleutelapp برای این پوشهٔ داده‌ها از قبل باز است. به آن پنجره بروید؛ پنجرهٔ دوم روی همان پرونده ممکن نیست.</translation>
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
        <translation>دیسک پر است؛ چیزی ذخیره نشد. کمی جا خالی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The file could not be used: {0}</source>
        <translation>از فایل نمی‌شد استفاده کرد: {0}</translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <source>The disk of your data folder is full (or cannot be written): Sleutelapp opens, but cannot save changes. Free some space and start Sleutelapp again.</source>
        <translation>دیسکِ پوشهٔ داده‌های شما پر است (یا نمی‌توان روی آن نوشت): Sleutelapp باز می‌شود، ولی نمی‌تواند تغییرات را ذخیره کند. کمی جا خالی کنید و Sleutelapp را دوباره باز کنید.</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <source>At least {0} characters; four unrelated words work well.</source>
        <translation>دست‌کم {0} نویسه؛ چهار کلمهٔ بی‌ربط خوب کار می‌کند.</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>قدرت: {0}</translation>
    </message>
</context>
<context>
    <name>vocab.activity_type</name>
    <message>
        <source>Volunteering</source>
        <translation>کار داوطلبانه</translation>
    </message>
    <message>
        <source>Language café</source>
        <translation>کافهٔ زبان</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>کارآموزی</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>کلاس</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>ورزش</translation>
    </message>
    <message>
        <source>Neighbourhood activity</source>
        <translation>فعالیت محله</translation>
    </message>
    <message>
        <source>MAP (practical part)</source>
        <translation>MAP (بخش عملی)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>vocab.appointment_status</name>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>نیامد</translation>
    </message>
</context>
<context>
    <name>vocab.appointment_type</name>
    <message>
        <source>GP</source>
        <translation>پزشک خانواده</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>بیمارستان</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>دندان‌پزشک</translation>
    </message>
    <message>
        <source>Mental health care</source>
        <translation>سلامت روان</translation>
    </message>
    <message>
        <source>Other care</source>
        <translation>درمان دیگر</translation>
    </message>
    <message>
        <source>School</source>
        <translation>مدرسه</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>آموزشگاه زبان</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>مهدکودک</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>شهرداری</translation>
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
        <translation>کار</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>مسکن</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>vocab.channel</name>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>تماس تصویری</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
</context>
<context>
    <name>vocab.consent_how</name>
    <message>
        <source>Verbal</source>
        <translation>شفاهی</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>امضاشده</translation>
    </message>
</context>
<context>
    <name>vocab.consent_purpose</name>
    <message>
        <source>Report for the regisseur</source>
        <translation>گزارش برای مسئول ادغام</translation>
    </message>
    <message>
        <source>Care appointments counted in the report</source>
        <translation>قرارهای درمانی در گزارش شمرده شوند</translation>
    </message>
    <message>
        <source>Counted in anonymised summaries</source>
        <translation>شمرده شدن در خلاصه‌های بی‌نام</translation>
    </message>
</context>
<context>
    <name>vocab.extension_evidence</name>
    <message>
        <source>Statement from a doctor</source>
        <translation>گواهی پزشک</translation>
    </message>
    <message>
        <source>Proof of how long it lasted</source>
        <translation>مدرک مدت بیماری</translation>
    </message>
    <message>
        <source>Proof of the family tie</source>
        <translation>مدرک نسبت خانوادگی</translation>
    </message>
    <message>
        <source>Proof of giving care</source>
        <translation>مدرک مراقبت از این خویشاوند</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>گواهی فوت</translation>
    </message>
    <message>
        <source>Proof of enrolment</source>
        <translation>مدرک ثبت‌نام در تحصیل</translation>
    </message>
    <message>
        <source>Overview of study results</source>
        <translation>کارنامهٔ تحصیلی</translation>
    </message>
    <message>
        <source>Statement from the language school</source>
        <translation>گواهی آموزشگاه زبان</translation>
    </message>
    <message>
        <source>Overview of lessons attended</source>
        <translation>فهرست کلاس‌های حاضرشده</translation>
    </message>
    <message>
        <source>Exam results</source>
        <translation>نتایج امتحان‌ها</translation>
    </message>
</context>
<context>
    <name>vocab.extension_reason</name>
    <message>
        <source>Own illness (over 3 months)</source>
        <translation>بیماری خود (بیش از 3 ماه)</translation>
    </message>
    <message>
        <source>Illness of a close relative</source>
        <translation>بیماری یک خویشاوند نزدیک</translation>
    </message>
    <message>
        <source>Death of a close relative</source>
        <translation>فوت یک خویشاوند نزدیک</translation>
    </message>
    <message>
        <source>A Dutch education</source>
        <translation>تحصیل در هلند</translation>
    </message>
    <message>
        <source>No blame (e.g. lessons cancelled or a waiting list)</source>
        <translation>بدون تقصیر (مثلاً لغو کلاس‌ها یا فهرست انتظار)</translation>
    </message>
    <message>
        <source>Considerable effort</source>
        <translation>تلاش زیاد</translation>
    </message>
    <message>
        <source>Recorded earlier</source>
        <translation>قبلاً ثبت‌شده</translation>
    </message>
</context>
<context>
    <name>vocab.kind</name>
    <message>
        <source>Contact</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
</context>
<context>
    <name>vocab.period_kind</name>
    <message>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>year</source>
        <translation>سال</translation>
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
        <translation>هنوز معلوم نیست</translation>
    </message>
</context>
<context>
    <name>vocab.signal_status</name>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل شد</translation>
    </message>
</context>
<context>
    <name>vocab.signal_theme</name>
    <message>
        <source>Childcare</source>
        <translation>مهدکودک</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>فهرست انتظار</translation>
    </message>
    <message>
        <source>Route does not fit</source>
        <translation>مسیر مناسب نیست</translation>
    </message>
    <message>
        <source>Lessons cancelled</source>
        <translation>لغو کلاس‌ها</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>هزینهٔ رفت‌وآمد</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>مسکن</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>پول</translation>
    </message>
    <message>
        <source>Work / diploma</source>
        <translation>کار / مدرک تحصیلی</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>تنهایی</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>vocab.status</name>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
</context>
<context>
    <name>vocab.task_status</name>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
</context>
<context>
    <name>vocab.topic</name>
    <message>
        <source>Civic integration</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>تحصیل</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>پول</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>مسکن</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>مهدکودک</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>vocab.wi2021_component</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>مشارکت</translation>
    </message>
    <message>
        <source>MAP practical part</source>
        <translation>MAP بخش عملی</translation>
    </message>
</context>
</TS>
