<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>These translations were made by machine and no native speaker has checked them yet: {0}. If you see a wrong or unclear word, please tell the people who gave you Sleutelapp, so the translation can be improved.</source>
        <translation>Bu çeviriler makine tarafından yapıldı ve anadili bu dil olan biri henüz kontrol etmedi: {0}. Yanlış veya anlaşılmayan bir kelime görürseniz, lütfen Sleutelapp&apos;i size verenlere söyleyin; böylece çeviri düzeltilebilir.</translation>
    </message>
    <message>
        <source>Noto fonts: {0}</source>
        <translation>Noto yazı tipleri: {0}</translation>
    </message>
    <message>
        <source>GNU GPL 3.0 (referred to by the LGPL 3.0)</source>
        <translation>GNU GPL 3.0 (LGPL 3.0&apos;ın dayandığı lisans)</translation>
    </message>
    <message>
        <source>About Sleutelapp</source>
        <translation>Sleutelapp hakkında</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Sürüm {0}</translation>
    </message>
    <message>
        <source>The case notebook of a key person in civic integration. Everything stays encrypted on this computer; Sleutelapp does not use the internet.</source>
        <translation>Uyum sürecinde bir anahtar kişinin dosyası. Her şey bu bilgisayarda şifreli kalır; Sleutelapp internet kullanmaz.</translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence ({0}).</source>
        <translation>European Union Public Licence ({0}) altında özgür yazılım.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Bileşenler</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>Lisans metinleri</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Sürüm bilgilerini kopyala</translation>
    </message>
    <message>
        <source>Fonts {0}</source>
        <translation>Yazı tipleri {0}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Bileşen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <source>Sleutelapp contains these parts made by others. The full licence texts are under ‘Licence texts’.</source>
        <translation>Sleutelapp, başkalarının yaptığı bu bileşenleri içerir. Lisans metinlerinin tamamı ‘Lisans metinleri’ altındadır.</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lisans metni</translation>
    </message>
    <message>
        <source>Choose a licence</source>
        <translation>Lisans seçin</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>plan yok</translation>
    </message>
    <message>
        <source>Enter opens the dialog that makes all due reports at once.</source>
        <translation>Enter, zamanı gelen tüm raporları tek seferde hazırlayan pencereyi açar.</translation>
    </message>
    <message>
        <source>you go along</source>
        <translation>eşlik ediyorsunuz</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>tüm gün</translation>
    </message>
    <message>
        <source>Task — {0}: {1}</source>
        <translation>Görev — {0}: {1}</translation>
    </message>
    <message>
        <source>{0} — the termijn ends today</source>
        <translation>{0} — uyum süresi bugün bitiyor</translation>
    </message>
    <message>
        <source>{0} — answer from DUO to the extension request expected</source>
        <translation>{0} — DUO&apos;dan uzatma başvurusuna yanıt bekleniyor</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Week</source>
        <translation>Hafta</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Week {0}: {1} up to and including {2}</source>
        <translation>Hafta {0}: {1} – {2} (dahil)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ajanda</translation>
    </message>
    <message>
        <source>Previous week or month (Page Up)</source>
        <translation>Önceki hafta veya ay (Page Up)</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; Ö&amp;nceki</translation>
    </message>
    <message>
        <source>Back to this week or month (T)</source>
        <translation>Bu haftaya veya aya dön (T)</translation>
    </message>
    <message>
        <source>To t&amp;oday</source>
        <translation>&amp;Bugüne git</translation>
    </message>
    <message>
        <source>Next week or month (Page Down)</source>
        <translation>Sonraki hafta veya ay (Page Down)</translation>
    </message>
    <message>
        <source>N&amp;ext &gt;</source>
        <translation>&amp;Sonraki &gt;</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>Agenda items by day</source>
        <translation>Güne göre ajanda</translation>
    </message>
    <message>
        <source>Enter opens the newcomer. Ctrl+D: done, Ctrl+Shift+N: no-show, Ctrl+Shift+X: cancelled.</source>
        <translation>Enter yeni geleni açar. Ctrl+D: yapıldı, Ctrl+Shift+N: gelmedi, Ctrl+Shift+X: iptal edildi.</translation>
    </message>
    <message>
        <source>Week as &amp;PDF…</source>
        <translation>Haftayı &amp;PDF olarak…</translation>
    </message>
    <message>
        <source>Export the agenda (.&amp;ics)…</source>
        <translation>Ajandayı dışa &amp;aktar (.ics)…</translation>
    </message>
</context>
<context>
    <name>AgendaWeek</name>
    <message>
        <source>own agenda (paper)</source>
        <translation>kendi ajandanız (kâğıt)</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <source>{what}: {name}</source>
        <translation>{what}: {name}</translation>
    </message>
    <message>
        <source> (I go along)</source>
        <translation> (eşlik ediyorum)</translation>
    </message>
    <message>
        <source>Cancelled: {item}</source>
        <translation>İptal edildi: {item}</translation>
    </message>
    <message>
        <source>Task: {name}</source>
        <translation>Görev: {name}</translation>
    </message>
    <message>
        <source>Term ends: {name}</source>
        <translation>Uyum süresi bitiyor: {name}</translation>
    </message>
    <message>
        <source>DUO&apos;s answer on the extension expected: {name}</source>
        <translation>DUO&apos;nun uzatma yanıtı bekleniyor: {name}</translation>
    </message>
    <message>
        <source>Agenda week {week}</source>
        <translation>Ajanda, hafta {week}</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>{start} – {end} (dahil)</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Plan yok.</translation>
    </message>
    <message>
        <source>Agenda week {week} · personal</source>
        <translation>Ajanda, hafta {week} · kişisel</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sayfa {page} / {pages}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ajanda</translation>
    </message>
</context>
<context>
    <name>AgendaWeekDialog</name>
    <message>
        <source>The week of {0} up to and including {1} as a PDF to print.</source>
        <translation>{0} – {1} (dahil) haftası, yazdırmak için PDF olarak.</translation>
    </message>
    <message>
        <source>Initials (A.K.)</source>
        <translation>Baş harfler (A.K.)</translation>
    </message>
    <message>
        <source>Known-as name</source>
        <translation>Hitap adı</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Save the week as PDF</source>
        <translation>Haftayı PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Choose an existing folder for the file.</source>
        <translation>Dosya için var olan bir klasör seçin.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF hazırlanıyor…</translation>
    </message>
    <message>
        <source>Week as PDF</source>
        <translation>PDF olarak hafta</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>&amp;Adlar</translation>
    </message>
    <message>
        <source>Show the &amp;type of health appointments (GP, hospital, …)</source>
        <translation>Sağlık randevularının &amp;türünü göster (aile hekimi, hastane, …)</translation>
    </message>
    <message>
        <source>The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.</source>
        <translation>Sağlık randevusunun yeri yalnızca türü de gösterildiğinde görünür: bir adres, ne tür bir bakım olduğunu belli edebilir.</translation>
    </message>
    <message>
        <source>Show the &amp;place of appointments</source>
        <translation>Randevuların &amp;yerini göster</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;eç…</translation>
    </message>
    <message>
        <source>This paper is for yourself. Keep it with you and destroy it after the week. The Shared tab will say that these appointments were printed.</source>
        <translation>Bu kâğıt sizin içindir. Yanınızda tutun ve hafta bitince imha edin. Paylaşımlar sekmesinde bu randevuların yazdırıldığı görünecek.</translation>
    </message>
</context>
<context>
    <name>AnonymisedSummary</name>
    <message>
        <source>Numbers count contacts, appointments, signals or hours; in brackets is the number of different newcomers the number rests on. * = not shown to protect privacy: fewer than {k} newcomers are involved, or it could otherwise be worked out from the totals. 12+ = at least 12: some of the merged overviews did not show this cell.</source>
        <translation>Sayılar görüşmeleri, randevuları, sinyalleri veya saatleri sayar; parantez içinde sayının dayandığı farklı yeni gelen sayısı vardır. * = gizliliği korumak için gösterilmedi: {k} kişiden az yeni gelen söz konusu veya sayı başka türlü toplamlardan hesaplanabilir. 12+ = en az 12: birleştirilen özetlerin bir kısmında bu hücre gösterilmemişti.</translation>
    </message>
    <message>
        <source>This overview holds no names, no numbers of people, no free text and no dates finer than the period. Only newcomers who consented to be counted in anonymised overviews are counted.</source>
        <translation>Bu özette ad, kişi numarası, serbest metin ve dönemden daha ayrıntılı tarih yoktur. Yalnızca anonim özetlerde sayılmaya onay veren yeni gelenler sayılmıştır.</translation>
    </message>
    <message>
        <source>What does a * mean? In that place is a number we do not show. This protects the privacy of the newcomers. We only show a number when it is about at least {k} different newcomers. With fewer people, someone might guess who it is about. Sometimes we also hide a second number, because otherwise you could work out the first one from the totals.</source>
        <translation>* ne demek? O yerde göstermediğimiz bir sayı var. Böylece yeni gelenlerin gizliliğini koruyoruz. Bir sayıyı yalnızca en az {k} farklı yeni gelenle ilgiliyse gösteriyoruz. Daha az kişi söz konusuysa, biri kimden bahsedildiğini tahmin edebilir. Bazen ikinci bir sayıyı da gizliyoruz, çünkü aksi halde ilk sayıyı toplamlardan hesaplayabilirsiniz.</translation>
    </message>
    <message>
        <source>Why is much hidden? When an overview is about few newcomers, most numbers rest on fewer than {k} people. We do not show those numbers. That is not a mistake. Merged with the overviews of other key persons the groups grow and you see more.</source>
        <translation>Neden çok şey gizli? Bir özet az sayıda yeni gelenle ilgiliyse, çoğu sayı {k} kişiden azına dayanır. Bu sayıları göstermiyoruz. Bu bir hata değildir. Diğer anahtar kişilerin özetleriyle birleştirildiğinde gruplar büyür ve daha çok şey görürsünüz.</translation>
    </message>
    <message>
        <source>Each period gets one summary, with fixed figures. If you ask for the same period again later, you get the same figures. So nobody can subtract two overviews from each other to find a hidden number.</source>
        <translation>Her dönem için sabit rakamlarla tek bir özet yapılır. Aynı dönemi daha sonra yeniden isterseniz aynı rakamları alırsınız. Böylece kimse gizli bir sayıyı bulmak için iki özeti birbirinden çıkaramaz.</translation>
    </message>
    <message>
        <source>the label looks like it contains personal data ({0}); use a neutral label such as a neighbourhood</source>
        <translation>etiket kişisel veri içeriyor gibi görünüyor ({0}); mahalle gibi nötr bir etiket kullanın</translation>
    </message>
</context>
<context>
    <name>BackupInfo</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n yeni gelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n kayıt</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of {when}: {newcomers}, {entries}.</source>
        <translation>{when} tarihli yedek: {newcomers}, {entries}.</translation>
    </message>
    <message>
        <source>Backup of {when}: {newcomers}, {entries}, last change {changed}.</source>
        <translation>{when} tarihli yedek: {newcomers}, {entries}, son değişiklik {changed}.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Appointment</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>I go along</source>
        <translation>Eşlik ediyorum</translation>
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
        <translation>Baş harfler (A.K.)</translation>
    </message>
    <message>
        <source>Known-as name</source>
        <translation>Hitap adı</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <source>own calendar</source>
        <translation>kendi takviminiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Takvim dosyasını kaydet</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Takvim dosyası (*.ics)</translation>
    </message>
    <message>
        <source>Choose an existing folder for the file.</source>
        <translation>Dosya için var olan bir klasör seçin.</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Takvim dosyası hazırlanıyor…</translation>
    </message>
    <message>
        <source>Saved. The Shared tab now says that these items went to your calendar:</source>
        <translation>Kaydedildi. Paylaşımlar sekmesinde artık bu kayıtların takviminize gittiği görünüyor:</translation>
    </message>
    <message>
        <source>Export the agenda (.ics)</source>
        <translation>Ajandayı dışa aktar (.ics)</translation>
    </message>
    <message>
        <source>Your planned appointments and open tasks go into a calendar file (.ics). You can open it in the calendar on your phone or computer.</source>
        <translation>Planlanmış randevularınız ve açık görevleriniz bir takvim dosyasına (.ics) yazılır. Bu dosyayı telefonunuzdaki veya bilgisayarınızdaki takvimde açabilirsiniz.</translation>
    </message>
    <message>
        <source>&amp;Days ahead</source>
        <translation>&amp;İleriki günler</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>&amp;Adlar</translation>
    </message>
    <message>
        <source>Show the &amp;type of health appointments (GP, hospital, …)</source>
        <translation>Sağlık randevularının &amp;türünü göster (aile hekimi, hastane, …)</translation>
    </message>
    <message>
        <source>The place of a health appointment is only shown when its type is shown too: an address can tell what kind of care it is.</source>
        <translation>Sağlık randevusunun yeri yalnızca türü de gösterildiğinde dosyada yer alır: bir adres, ne tür bir bakım olduğunu belli edebilir.</translation>
    </message>
    <message>
        <source>Show the &amp;place of appointments</source>
        <translation>Randevuların &amp;yerini göster</translation>
    </message>
    <message>
        <source>&amp;Goes to</source>
        <translation>&amp;Nereye gider</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;eç…</translation>
    </message>
    <message>
        <source>Careful: a calendar on your phone that syncs sends everything in this file to the company behind that calendar (Google, Apple or Microsoft). That is why names are initials and places and health types stay out, unless you choose otherwise.</source>
        <translation>Dikkat: telefonunuzda eşitlenen bir takvim, bu dosyadaki her şeyi o takvimin arkasındaki şirkete (Google, Apple veya Microsoft) gönderir. Bu yüzden adlar baş harf olarak yazılır; yerler ve sağlık randevusu türleri dosyaya girmez. Bunu yukarıda değiştirebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Reddedildi</translation>
    </message>
    <message numerus="yes">
        <source>{0}, %n summary(ies)</source>
        <translation>
            <numerusform>{0}, %n özet</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
</context>
<context>
    <name>CaseError</name>
    <message>
        <source>A case file already exists in {data}. Nothing was overwritten.</source>
        <translation>{data} içinde zaten bir dosya var. Hiçbir şeyin üzerine yazılmadı.</translation>
    </message>
    <message>
        <source>The time zone data (Europe/Amsterdam) is missing from this installation. Reinstall Sleutelapp.</source>
        <translation>Bu kurulumda saat dilimi verisi (Europe/Amsterdam) eksik. Sleutelapp&apos;i yeniden kurun.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder; nothing was written.</source>
        <translation>{folder} klasörü yok. Var olan bir klasör seçin; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>{folder} already holds a file of the same name ({files}). Choose another folder or move that file; nothing was written.</source>
        <translation>{folder} içinde aynı adlı bir dosya zaten var ({files}). Başka bir klasör seçin veya o dosyayı taşıyın; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Choose at least one newcomer to hand over.</source>
        <translation>Devretmek için en az bir yeni gelen seçin.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: {reason}</source>
        <translation>Devir reddedildi, hiçbir şey değişmedi: {reason}</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>dosya çok büyük</translation>
    </message>
    <message>
        <source>the content cannot be read</source>
        <translation>içerik okunamıyor</translation>
    </message>
    <message>
        <source>the content is nested too deeply</source>
        <translation>içerik çok derin iç içe</translation>
    </message>
    <message>
        <source>an id occurs twice</source>
        <translation>bir kimlik iki kez geçiyor</translation>
    </message>
    <message>
        <source>invalid data ({exc})</source>
        <translation>geçersiz veri ({exc})</translation>
    </message>
    <message>
        <source>This is not a transfer code: it has 24 letters and digits in groups of four (for example ABCD-EFGH-…). Check what you typed.</source>
        <translation>Bu bir devir kodu değil: dörderli gruplar halinde 24 harf ve rakamdan oluşur (örneğin ABCD-EFGH-…). Yazdığınızı kontrol edin.</translation>
    </message>
    <message>
        <source>That is too much for one handover file. Choose fewer newcomers at a time.</source>
        <translation>Bu, tek bir devir dosyası için çok fazla. Bir seferde daha az yeni gelen seçin.</translation>
    </message>
    <message>
        <source>the file is damaged or was changed. Ask your colleague for a new file.</source>
        <translation>dosya hasarlı veya değiştirilmiş. Meslektaşınızdan yeni bir dosya isteyin.</translation>
    </message>
    <message>
        <source>this is not a handover file</source>
        <translation>bu bir devir dosyası değil</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>dosya eksik</translation>
    </message>
    <message>
        <source>version {version} is not supported (update the app)</source>
        <translation>{version} sürümü desteklenmiyor (uygulamayı güncelleyin)</translation>
    </message>
    <message>
        <source>This transfer code does not fit this file. Nothing was changed; check the code and try again.</source>
        <translation>Bu devir kodu bu dosyaya uymuyor. Hiçbir şey değişmedi; kodu kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>the content is too large</source>
        <translation>içerik çok büyük</translation>
    </message>
    <message>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>bir sayı</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bir tam sayı</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>doğru veya yanlış</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>bir liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>bir nesne</translation>
    </message>
    <message>
        <source>Import refused, nothing was changed: {problem}</source>
        <translation>İçe aktarma reddedildi, hiçbir şey değişmedi: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Import refused, nothing was changed: %n problem(s) in the file.</source>
        <translation>
            <numerusform>İçe aktarma reddedildi, hiçbir şey değişmedi: dosyada %n sorun var.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation>… ve {more} tane daha</translation>
    </message>
    <message>
        <source>not a valid id (a lower-case UUID)</source>
        <translation>geçerli bir kimlik değil (küçük harfli UUID)</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD)</source>
        <translation>geçerli bir tarih değil (YYYY-AA-GG)</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD or null)</source>
        <translation>geçerli bir tarih değil (YYYY-AA-GG veya null)</translation>
    </message>
    <message>
        <source>only contacts have topics</source>
        <translation>yalnızca görüşmelerin konuları olur</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} veya {other}</translation>
    </message>
    <message>
        <source>must be {type}</source>
        <translation>{type} olmalı</translation>
    </message>
    <message>
        <source>unknown value {value}</source>
        <translation>bilinmeyen değer {value}</translation>
    </message>
    <message>
        <source>too long (at most {limit} characters)</source>
        <translation>çok uzun (en fazla {limit} karakter)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>boş olmamalı</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>en az {limit} olmalı</translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation>{limit} değerinden büyük olmalı</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>en fazla {limit} olmalı</translation>
    </message>
    <message>
        <source>too many items (at most {limit})</source>
        <translation>çok fazla öğe (en fazla {limit})</translation>
    </message>
    <message>
        <source>holds a value twice</source>
        <translation>bir değeri iki kez içeriyor</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>bilinmeyen alan</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>eksik</translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation>dosya okunamıyor ({strerror})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 metin değil</translation>
    </message>
    <message>
        <source>not valid JSON (line {lineno})</source>
        <translation>geçerli JSON değil (satır {lineno})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>çok derin iç içe</translation>
    </message>
    <message>
        <source>a number with too many digits</source>
        <translation>çok fazla basamaklı bir sayı</translation>
    </message>
    <message>
        <source>this is not a sleutelapp-data file</source>
        <translation>bu bir sleutelapp-data dosyası değil</translation>
    </message>
    <message>
        <source>version {get!r} is not supported</source>
        <translation>{get!r} sürümü desteklenmiyor</translation>
    </message>
    <message>
        <source>holds an invalid character</source>
        <translation>geçersiz bir karakter içeriyor</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>geçerli bir tarih değil</translation>
    </message>
    <message>
        <source>id {value} already occurs at {seen}</source>
        <translation>{value} kimliği zaten {seen} konumunda geçiyor</translation>
    </message>
    <message>
        <source>id {value} already exists in this case file</source>
        <translation>{value} kimliği bu dosyada zaten var</translation>
    </message>
    <message>
        <source>The period is wrong: the end date is before the start date.</source>
        <translation>Dönem yanlış: bitiş tarihi başlangıç tarihinden önce.</translation>
    </message>
    <message>
        <source>{name} has no active consent for a report for the regisseur. Record the consent first: Consents tab of the newcomer, &apos;Report for the regisseur&apos; (verbal or signed). Nothing was saved.</source>
        <translation>{name} için uyum sorumlusuna rapor konusunda etkin bir onay yok. Önce onayı kaydedin: yeni gelenin Onaylar sekmesi, &apos;Uyum sorumlusu için rapor&apos; (sözlü veya imzalı). Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>the file cannot be read ({strerror}).</source>
        <translation>dosya okunamıyor ({strerror}).</translation>
    </message>
    <message>
        <source>the file is larger than 10 MB; that is not a summary.</source>
        <translation>dosya 10 MB&apos;tan büyük; bu bir özet değil.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>dosya UTF-8 metin değil.</translation>
    </message>
    <message>
        <source>the content does not match the format.</source>
        <translation>içerik biçime uymuyor.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}); it may be truncated.</source>
        <translation>dosya geçerli JSON değil (satır {line}, sütun {column}); kesilmiş olabilir.</translation>
    </message>
    <message>
        <source>the file is not valid JSON; it may be truncated.</source>
        <translation>dosya geçerli JSON değil; kesilmiş olabilir.</translation>
    </message>
    <message>
        <source>a number with decimals or a special value ({text}); a summary holds whole numbers only.</source>
        <translation>ondalıklı bir sayı veya özel bir değer ({text}); bir özette yalnızca tam sayılar olur.</translation>
    </message>
    <message>
        <source>a number is far too large ({digits} digits).</source>
        <translation>bir sayı aşırı büyük ({digits} basamak).</translation>
    </message>
    <message>
        <source>the field &apos;{key}&apos; occurs twice.</source>
        <translation>&apos;{key}&apos; alanı iki kez geçiyor.</translation>
    </message>
    <message>
        <source>the file is nested too deeply; that is not a summary.</source>
        <translation>dosya çok derin iç içe; bu bir özet değil.</translation>
    </message>
    <message>
        <source>the file holds far too many elements.</source>
        <translation>dosyada çok fazla öğe var.</translation>
    </message>
    <message>
        <source>this is not a Sleutelapp summary (format &apos;sleutelapp-summary&apos;).</source>
        <translation>bu bir Sleutelapp özeti değil (&apos;sleutelapp-summary&apos; biçimi).</translation>
    </message>
    <message>
        <source>this app does not know this version of the summary format; update Sleutelapp.</source>
        <translation>bu uygulama özet biçiminin bu sürümünü tanımıyor; Sleutelapp&apos;i güncelleyin.</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(en üst düzey)</translation>
    </message>
    <message>
        <source>unknown field at {where}: {message}. Extra fields could carry personal data; the file was refused.</source>
        <translation>{where} konumunda bilinmeyen alan: {message}. Fazladan alanlar kişisel veri taşıyabilir; dosya reddedildi.</translation>
    </message>
    <message>
        <source>invalid value at {where}: {message}</source>
        <translation>{where} konumunda geçersiz değer: {message}</translation>
    </message>
    <message>
        <source>the same part summary occurs twice.</source>
        <translation>aynı kısmi özet iki kez geçiyor.</translation>
    </message>
    <message>
        <source>k does not match the parts.</source>
        <translation>k kısımlara uymuyor.</translation>
    </message>
    <message>
        <source>a cell&apos;s status does not match its number (suppressed without a number, otherwise with one).</source>
        <translation>bir hücrenin durumu sayısına uymuyor (gizlenmişse sayısız, değilse sayılı).</translation>
    </message>
    <message>
        <source>the table {id} does not have the right shape.</source>
        <translation>{id} tablosu doğru biçimde değil.</translation>
    </message>
    <message>
        <source>the table {id} shows a number about fewer than {k} newcomers (the smallest group that may be shown).</source>
        <translation>{id} tablosu {k} kişiden az yeni gelenle ilgili bir sayı gösteriyor (gösterilebilecek en küçük grup).</translation>
    </message>
    <message>
        <source>the file&apos;s id does not match its parts; it was edited or made by hand.</source>
        <translation>dosyanın kimliği kısımlarına uymuyor; düzenlenmiş veya elle yapılmış.</translation>
    </message>
    <message>
        <source>two parts come from the same case file for the same period; that counts twice or can be subtracted.</source>
        <translation>iki kısım aynı dönem için aynı dosyadan geliyor; bu iki kez sayılır veya birbirinden çıkarılabilir.</translation>
    </message>
    <message>
        <source>the table {table} {problem}</source>
        <translation>{table} tablosu: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>a shown cell rests on %n newcomer(s), fewer than the smallest group ({k}).</source>
        <translation>
            <numerusform>gösterilen bir hücre %n yeni gelene dayanıyor, en küçük gruptan ({k}) az.</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of newcomers not counted does not match itself.</source>
        <translation>sayılmayan yeni gelen sayısı kendi içinde tutarlı değil.</translation>
    </message>
    <message>
        <source>has a cell of {value} resting on {newcomers} newcomers; that is impossible.</source>
        <translation>{newcomers} yeni gelene dayanan {value} değerinde bir hücresi var; bu imkânsız.</translation>
    </message>
    <message>
        <source>counts newcomers other than by the number of newcomers.</source>
        <translation>yeni gelenleri yeni gelen sayısından başka bir şeyle sayıyor.</translation>
    </message>
    <message>
        <source>has a cell on {newcomers} newcomers, more than the {counted} counted.</source>
        <translation>{newcomers} yeni gelenle ilgili bir hücresi var, sayılan {counted} kişiden fazla.</translation>
    </message>
    <message>
        <source>has a cell ({value} on {newcomers} newcomers) larger than its total ({total} on {total_newcomers}).</source>
        <translation>toplamından ({total}, {total_newcomers} kişi) büyük bir hücresi var ({value}, {newcomers} kişi).</translation>
    </message>
    <message>
        <source>has cells that together ({summed}) exceed their total ({value}).</source>
        <translation>hücrelerinin toplamı ({summed}) toplam değerini ({value}) aşıyor.</translation>
    </message>
    <message>
        <source>has a total resting on {newcomers} newcomers, more than its cells together ({people}).</source>
        <translation>{newcomers} yeni gelene dayanan bir toplamı var, hücrelerinin toplamından ({people}) fazla.</translation>
    </message>
    <message>
        <source>has cells that together ({summed}) do not add up to their total ({value}).</source>
        <translation>hücrelerinin toplamı ({summed}) toplam değerini ({value}) tutmuyor.</translation>
    </message>
    <message>
        <source>Summaries of different periods cannot be merged.</source>
        <translation>Farklı dönemlerin özetleri birleştirilemez.</translation>
    </message>
    <message>
        <source>No summaries to merge.</source>
        <translation>Birleştirilecek özet yok.</translation>
    </message>
    <message>
        <source>The same summary or case file was offered twice.</source>
        <translation>Aynı özet veya dosya iki kez verildi.</translation>
    </message>
    <message>
        <source>this summary is already in {name}; it cannot be counted twice.</source>
        <translation>bu özet zaten {name} içinde; iki kez sayılamaz.</translation>
    </message>
    <message>
        <source>the period {code} differs from {other_code} ({name}); only summaries of one period can be merged.</source>
        <translation>{code} dönemi {other_code} döneminden ({name}) farklı; yalnızca tek bir dönemin özetleri birleştirilebilir.</translation>
    </message>
    <message>
        <source>comes from the same case file as {name} for the same period (a re-made or copied summary); together they can be subtracted.</source>
        <translation>aynı dönem için {name} ile aynı dosyadan geliyor (yeniden yapılmış veya kopyalanmış özet); birlikte birbirinden çıkarılabilirler.</translation>
    </message>
    <message>
        <source>has exactly the same figures as {name} under another id; a copy is not counted twice.</source>
        <translation>başka bir kimlikle {name} ile tamamen aynı rakamlara sahip; bir kopya iki kez sayılmaz.</translation>
    </message>
    <message>
        <source>Summaries of different periods ({periods}) cannot be merged.</source>
        <translation>Farklı dönemlerin özetleri ({periods}) birleştirilemez.</translation>
    </message>
    <message>
        <source>The same summary was offered twice.</source>
        <translation>Aynı özet iki kez verildi.</translation>
    </message>
    <message>
        <source>Two summaries come from the same case file for the same period.</source>
        <translation>İki özet aynı dönem için aynı dosyadan geliyor.</translation>
    </message>
    <message>
        <source>The case file is locked.</source>
        <translation>Dosya kilitli.</translation>
    </message>
    <message>
        <source>Sleutelapp has this case file open. Close the app and try again; nothing was changed. Read-only commands such as &apos;check&apos; and &apos;newcomers&apos; still work.</source>
        <translation>Sleutelapp bu dosyayı açık tutuyor. Uygulamayı kapatıp yeniden deneyin; hiçbir şey değişmedi. &apos;check&apos; ve &apos;newcomers&apos; gibi yalnızca okuyan komutlar yine çalışır.</translation>
    </message>
    <message>
        <source>{name} is not a usable backup: {detail}. Nothing was changed; choose another backup.</source>
        <translation>{name} kullanılabilir bir yedek değil: {detail}. Hiçbir şey değişmedi; başka bir yedek seçin.</translation>
    </message>
    <message>
        <source>There is not enough space for the backup in {parent}. No backup was written and the case file was not changed. Free some space or choose another place.</source>
        <translation>{parent} içinde yedek için yeterli yer yok. Yedek yazılmadı ve dosya değişmedi. Biraz yer açın veya başka bir yer seçin.</translation>
    </message>
    <message>
        <source>the key does not fit</source>
        <translation>anahtar uymuyor</translation>
    </message>
    <message>
        <source>The backup could not be verified: the case file itself seems damaged. No backup was written; run the health check (&apos;check&apos;).</source>
        <translation>Yedek doğrulanamadı: dosyanın kendisi hasarlı görünüyor. Yedek yazılmadı; sağlık denetimini çalıştırın (&apos;check&apos;).</translation>
    </message>
    <message>
        <source>the database does not open</source>
        <translation>veritabanı açılmıyor</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>veritabanı hasarlı</translation>
    </message>
    <message>
        <source>the database is damaged or does not match its key</source>
        <translation>veritabanı hasarlı veya anahtarına uymuyor</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>dosya yok</translation>
    </message>
    <message>
        <source>it is not a (complete) Sleutelapp backup</source>
        <translation>(tam) bir Sleutelapp yedeği değil</translation>
    </message>
    <message>
        <source>its manifest is unreadable</source>
        <translation>manifest dosyası okunamıyor</translation>
    </message>
    <message>
        <source>it is not a Sleutelapp backup</source>
        <translation>bir Sleutelapp yedeği değil</translation>
    </message>
    <message>
        <source>it comes from a newer Sleutelapp; update the app</source>
        <translation>daha yeni bir Sleutelapp&apos;ten geliyor; uygulamayı güncelleyin</translation>
    </message>
    <message>
        <source>its manifest is incomplete</source>
        <translation>manifest dosyası eksik</translation>
    </message>
    <message>
        <source>it holds unknown files</source>
        <translation>bilinmeyen dosyalar içeriyor</translation>
    </message>
    <message>
        <source>{name} is damaged</source>
        <translation>{name} hasarlı</translation>
    </message>
    <message>
        <source>Invalid data: {problem}</source>
        <translation>Geçersiz veri: {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported: one or more ids already exist in this case file, or an entry refers to an unknown newcomer.</source>
        <translation>Hiçbir şey içe aktarılmadı: bir veya daha fazla kimlik bu dosyada zaten var ya da bir kayıt bilinmeyen bir yeni gelene işaret ediyor.</translation>
    </message>
    <message>
        <source>This case file was written by a newer version of Sleutelapp. Update the app; the file was left untouched.</source>
        <translation>Bu dosya Sleutelapp&apos;in daha yeni bir sürümüyle yazılmış. Uygulamayı güncelleyin; dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>There is no case file in {parent} yet. Create one with &apos;sleutelapp init&apos; or restore a backup.</source>
        <translation>{parent} içinde henüz dosya yok. &apos;sleutelapp init&apos; ile bir tane oluşturun veya bir yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>The case file {name} is empty (0 bytes). It was left untouched; restore a backup.</source>
        <translation>{name} dosyası boş (0 bayt). Dosyaya dokunulmadı; bir yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>{name} is a plain (unencrypted) SQLite database, not a Sleutelapp case file. It was left untouched; restore a backup.</source>
        <translation>{name} düz (şifrelenmemiş) bir SQLite veritabanı, Sleutelapp dosyası değil. Dosyaya dokunulmadı; bir yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>{name} is not a Sleutelapp case file but another kind of file{kind}. It was left untouched; restore a backup.</source>
        <translation>{name} bir Sleutelapp dosyası değil, başka türden bir dosya{kind}. Dosyaya dokunulmadı; bir yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>The case file {name} is damaged{extra}. It was left untouched; restore a backup.</source>
        <translation>{name} dosyası hasarlı{extra}. Dosyaya dokunulmadı; bir yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>The key file case.key does not belong to {name}: it opens another case file. Put the right case.key back or restore a backup; nothing was touched.</source>
        <translation>case.key anahtar dosyası {name} dosyasına ait değil: başka bir dosyayı açıyor. Doğru case.key dosyasını geri koyun veya bir yedeği geri yükleyin; hiçbir şeye dokunulmadı.</translation>
    </message>
    <message>
        <source>The disk is full: Sleutelapp cannot open the case file for writing now. The case file is not damaged. Free some space (delete or move files) and try again.</source>
        <translation>Disk dolu: Sleutelapp dosyayı şu anda yazmak için açamıyor. Dosya hasarlı değil. Biraz yer açın (dosyaları silin veya taşıyın) ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>Could not write to the disk (full?): nothing was saved. Free some space and try again.</source>
        <translation>Diske yazılamadı (dolu mu?): hiçbir şey kaydedilmedi. Biraz yer açın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>Invalid consent: {exc}</source>
        <translation>Geçersiz onay: {exc}</translation>
    </message>
    <message>
        <source>Invalid consent: that consent sheet was not made for this newcomer.</source>
        <translation>Geçersiz onay: bu onay formu bu yeni gelen için yapılmadı.</translation>
    </message>
    <message>
        <source>Consent not found.</source>
        <translation>Onay bulunamadı.</translation>
    </message>
    <message>
        <source>Invalid entry: {problem}</source>
        <translation>Geçersiz kayıt: {problem}</translation>
    </message>
    <message>
        <source>This entry was changed after you opened it (in another window). Nothing was saved. Close this window and open the entry again to see the latest version.</source>
        <translation>Bu kayıt siz açtıktan sonra değiştirildi (başka bir pencerede). Hiçbir şey kaydedilmedi. Bu pencereyi kapatın ve en son sürümü görmek için kaydı yeniden açın.</translation>
    </message>
    <message>
        <source>This entry does not exist (any more).</source>
        <translation>Bu kayıt yok (artık yok).</translation>
    </message>
    <message>
        <source>that is the name of a case file</source>
        <translation>bu bir dosya adı</translation>
    </message>
    <message>
        <source>that is a backup file</source>
        <translation>bu bir yedek dosyası</translation>
    </message>
    <message>
        <source>a case file or a backup is there</source>
        <translation>orada bir dosya veya yedek var</translation>
    </message>
    <message>
        <source>that is the folder of the case file (or a folder inside it)</source>
        <translation>bu dosyanın klasörü (veya içindeki bir klasör)</translation>
    </message>
    <message>
        <source>Not written to {target}: {why}. An export may never touch the case file or its backups; choose another folder (for example Documents or a USB stick).</source>
        <translation>{target} konumuna yazılmadı: {why}. Dışa aktarma asla dosyaya veya yedeklerine dokunmamalı; başka bir klasör seçin (örneğin Belgeler veya bir USB bellek).</translation>
    </message>
    <message>
        <source>Invalid extension request: {exc}</source>
        <translation>Geçersiz uzatma başvurusu: {exc}</translation>
    </message>
    <message>
        <source>Extension request not found.</source>
        <translation>Uzatma başvurusu bulunamadı.</translation>
    </message>
    <message>
        <source>Nothing was changed: an extension request in the file already exists in this case file, or belongs to an unknown newcomer.</source>
        <translation>Hiçbir şey değişmedi: dosyadaki bir uzatma başvurusu bu dosyada zaten var veya bilinmeyen bir yeni gelene ait.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: these ids already exist in your case file: {shown}.</source>
        <translation>Devir reddedildi, hiçbir şey değişmedi: şu kimlikler dosyanızda zaten var: {shown}.</translation>
    </message>
    <message>
        <source>This handover was already received on {when}. Nothing was changed.</source>
        <translation>Bu devir {when} tarihinde zaten alındı. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: {names} is already in your case file. Erase that newcomer first, or ask your colleague for a handover without them.</source>
        <translation>Devir reddedildi, hiçbir şey değişmedi: {names} zaten dosyanızda. Önce o yeni geleni silin veya meslektaşınızdan onsuz bir devir isteyin.</translation>
    </message>
    <message>
        <source>Handover refused, nothing was changed: a disclosure in the file belongs to another newcomer in your case file.</source>
        <translation>Devir reddedildi, hiçbir şey değişmedi: dosyadaki bir paylaşım, dosyanızdaki başka bir yeni gelene ait.</translation>
    </message>
    <message>
        <source>The passphrase holds characters that are not valid text (not UTF-8). Type it again; nothing was changed.</source>
        <translation>Parola geçerli metin olmayan karakterler içeriyor (UTF-8 değil). Yeniden yazın; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>Yanlış parola. Hiçbir şey değişmedi; yeniden deneyin.</translation>
    </message>
    <message>
        <source>This recovery key does not fit this case file. Check the characters.</source>
        <translation>Bu kurtarma anahtarı bu dosyaya uymuyor. Karakterleri kontrol edin.</translation>
    </message>
    <message>
        <source>The key file (case.key) was written by a newer Sleutelapp. Update the app.</source>
        <translation>Anahtar dosyası (case.key) daha yeni bir Sleutelapp ile yazılmış. Uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <source>The key file case.key is missing next to the case file. Put it back or restore a backup.</source>
        <translation>Dosyanın yanında case.key anahtar dosyası eksik. Geri koyun veya bir yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>The key file case.key is damaged ({detail}). Restore a backup or use a copy.</source>
        <translation>case.key anahtar dosyası hasarlı ({detail}). Bir yedeği geri yükleyin veya bir kopya kullanın.</translation>
    </message>
    <message>
        <source>Invalid newcomer: {problem}</source>
        <translation>Geçersiz yeni gelen: {problem}</translation>
    </message>
    <message>
        <source>No newcomer found for &apos;{ref}&apos;. Use &apos;sleutelapp newcomers&apos; to see the list.</source>
        <translation>&apos;{ref}&apos; için yeni gelen bulunamadı. Listeyi görmek için &apos;sleutelapp newcomers&apos; kullanın.</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; matches {count} newcomers. Use the id (see &apos;sleutelapp newcomers&apos;).</source>
        <translation>&apos;{ref}&apos; {count} yeni gelene uyuyor. Kimliği kullanın (bkz. &apos;sleutelapp newcomers&apos;).</translation>
    </message>
    <message>
        <source>Unknown report schedule {schedule!r}: choose &apos;month&apos; or &apos;quarter&apos;.</source>
        <translation>Bilinmeyen rapor takvimi {schedule!r}: &apos;month&apos; veya &apos;quarter&apos; seçin.</translation>
    </message>
    <message>
        <source>the database or the key file is missing</source>
        <translation>veritabanı veya anahtar dosyası eksik</translation>
    </message>
    <message>
        <source>the key file inside is damaged</source>
        <translation>içindeki anahtar dosyası hasarlı</translation>
    </message>
    <message>
        <source>There is not enough space in {data} to unpack the backup. Nothing was changed; free some space and try again.</source>
        <translation>{data} içinde yedeği açmak için yeterli yer yok. Hiçbir şey değişmedi; biraz yer açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>This recovery key does not open this backup. Nothing was changed.</source>
        <translation>Bu kurtarma anahtarı bu yedeği açmıyor. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>This passphrase does not open this backup. It may have been made while you had another passphrase: try that one, or the recovery key. Nothing was changed.</source>
        <translation>Bu parola bu yedeği açmıyor. Yedek, başka bir parolanız varken yapılmış olabilir: onu veya kurtarma anahtarını deneyin. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>The unpacked backup disappeared (another Sleutelapp window?). Nothing was changed; try again.</source>
        <translation>Açılan yedek kayboldu (başka bir Sleutelapp penceresi mi?). Hiçbir şey değişmedi; yeniden deneyin.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>gerekli</translation>
    </message>
    <message>
        <source>is before given_on</source>
        <translation>given_on tarihinden önce</translation>
    </message>
    <message>
        <source>is required when the status is closed</source>
        <translation>durum kapalı olduğunda gerekli</translation>
    </message>
    <message>
        <source>must be empty while the status is active</source>
        <translation>durum etkin olduğu sürece boş olmalı</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>gelecekte</translation>
    </message>
    <message>
        <source>a note needs text</source>
        <translation>bir notun metni olmalı</translation>
    </message>
    <message>
        <source>a task needs a description of what to do</source>
        <translation>bir görevin ne yapılacağını anlatan bir açıklaması olmalı</translation>
    </message>
    <message>
        <source>an activity needs hours above 0</source>
        <translation>bir etkinliğin 0&apos;dan fazla saati olmalı</translation>
    </message>
    <message>
        <source>is before {day}</source>
        <translation>{day} tarihinden önce</translation>
    </message>
    <message>
        <source>is after {day}</source>
        <translation>{day} tarihinden sonra</translation>
    </message>
    <message>
        <source>The disk of the case file is full. An export must be recorded in the disclosure register and there is no room for that: nothing was exported. Free some space and try again; &apos;check&apos;, &apos;newcomers&apos; and &apos;backup -o&apos; still work.</source>
        <translation>Dosyanın diski dolu. Bir dışa aktarma paylaşım kaydına yazılmalı ve buna yer yok: hiçbir şey dışa aktarılmadı. Biraz yer açıp yeniden deneyin; &apos;check&apos;, &apos;newcomers&apos; ve &apos;backup -o&apos; yine çalışır.</translation>
    </message>
</context>
<context>
    <name>ChoosableNewcomers</name>
    <message>
        <source>{0} (closed)</source>
        <translation>{0} (kapatıldı)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>Kesildi.</translation>
    </message>
    <message>
        <source>{name}: holds characters that are not valid text (not UTF-8)</source>
        <translation>{name}: geçerli metin olmayan karakterler içeriyor (UTF-8 değil)</translation>
    </message>
    <message>
        <source>--days must be 0..3660</source>
        <translation>--days 0..3660 olmalı</translation>
    </message>
    <message>
        <source>--ics and --week-pdf do not go together</source>
        <translation>--ics ve --week-pdf birlikte kullanılamaz</translation>
    </message>
    <message>
        <source>{flag} goes with --ics FILE or --week-pdf FILE</source>
        <translation>{flag} yalnızca --ics FILE veya --week-pdf FILE ile kullanılır</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Plan yok.</translation>
    </message>
    <message>
        <source>--json and {flag} do not go together</source>
        <translation>--json ve {flag} birlikte kullanılamaz</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>{folder} klasörü yok</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} bir klasör, dosya değil</translation>
    </message>
    <message>
        <source>Week written: {path} ({start} to {end}; recorded in the disclosure register).</source>
        <translation>Hafta yazıldı: {path} ({start} – {end}; paylaşım kaydına işlendi).</translation>
    </message>
    <message numerus="yes">
        <source>Calendar written: {path} (%n item(s), {start} to {end}; recorded in the disclosure register).</source>
        <translation>
            <numerusform>Takvim yazıldı: {path} (%n öğe, {start} – {end}; paylaşım kaydına işlendi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({newcomers}, {entries}, {size} MB).</source>
        <translation>Yedek yazıldı ve doğrulandı: {path} ({newcomers}, {entries}, {size} MB).</translation>
    </message>
    <message numerus="yes">
        <source>the case file has %n problem(s); make no changes and restore a backup.</source>
        <translation>
            <numerusform>dosyada %n sorun var; değişiklik yapmayın ve bir yedeği geri yükleyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures the case file keeps (for summaries and reports due) did not match its data; they have been counted again.</source>
        <translation>Dosyanın tuttuğu rakamlar (özetler ve zamanı gelen raporlar için) verileriyle uyuşmuyordu; yeniden sayıldı.</translation>
    </message>
    <message numerus="yes">
        <source>All is well: the case file is intact and encrypted (%n newcomer(s)).</source>
        <translation>
            <numerusform>Her şey yolunda: dosya sağlam ve şifreli (%n yeni gelen).</numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>e</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes to a [y/N] question</comment>
        <translation>evet</translation>
    </message>
    <message>
        <source>{env} is not valid UTF-8 text; set the passphrase again</source>
        <translation>{env} geçerli UTF-8 metin değil; parolayı yeniden ayarlayın</translation>
    </message>
    <message>
        <source>no passphrase: set {env} or use a terminal</source>
        <translation>parola yok: {env} ayarlayın veya bir terminal kullanın</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Parola: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Tekrar: </translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>parolalar aynı değil</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved.</source>
        <translation>disk dolu; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>cannot use file: {file} ({reason})</source>
        <translation>dosya kullanılamıyor: {file} ({reason})</translation>
    </message>
    <message>
        <source>unexpected error ({error}); a report without personal data was written to {where}</source>
        <translation>beklenmeyen hata ({error}); kişisel veri içermeyen bir rapor {where} konumuna yazıldı</translation>
    </message>
    <message>
        <source>--newcomers 0..100000 and --entries-per 0..10000</source>
        <translation>--newcomers 0..100000 ve --entries-per 0..10000</translation>
    </message>
    <message>
        <source>Demo data added: {newcomers}, {entries}.</source>
        <translation>Deneme verisi eklendi: {newcomers}, {entries}.</translation>
    </message>
    <message>
        <source>(no person)</source>
        <translation>(kişi yok)</translation>
    </message>
    <message>
        <source>erasing asks for confirmation: use a terminal or --yes. Nothing was erased.</source>
        <translation>silme onay ister: bir terminal veya --yes kullanın. Hiçbir şey silinmedi.</translation>
    </message>
    <message>
        <source>Erase {who} and all their data for good? [y/N] </source>
        <translation>{who} ve tüm verileri kalıcı olarak silinsin mi? [e/H] </translation>
    </message>
    <message numerus="yes">
        <source>To erase: {who} (%n entry(s)).</source>
        <translation>
            <numerusform>Silinecek: {who} (%n kayıt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Hiçbir şey silinmedi.</translation>
    </message>
    <message>
        <source>Erased: {id} (all data, the search index included).</source>
        <translation>Silindi: {id} (tüm veriler, arama dizini dahil).</translation>
    </message>
    <message>
        <source>Shared before with (tell them the data was erased):</source>
        <translation>Daha önce paylaşıldı (verilerin silindiğini bildirin):</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) written to {path} (not encrypted: keep the file safe; recorded in the disclosure register).</source>
        <translation>
            <numerusform>%n yeni gelen {path} konumuna yazıldı (şifresiz: dosyayı güvende tutun; paylaşım kaydına işlendi).</numerusform>
        </translation>
    </message>
    <message>
        <source>no screen found (no DISPLAY or WAYLAND_DISPLAY); use the command line: {program} --help</source>
        <translation>ekran bulunamadı (DISPLAY veya WAYLAND_DISPLAY yok); komut satırını kullanın: {program} --help</translation>
    </message>
    <message>
        <source>the code file must not be the handover file</source>
        <translation>kod dosyası devir dosyasıyla aynı olmamalı</translation>
    </message>
    <message numerus="yes">
        <source>Handover written: {path} (%n newcomer(s)).</source>
        <translation>
            <numerusform>Devir yazıldı: {path} (%n yeni gelen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer code is in {file}. Pass it on another way than the file, then delete the code file.</source>
        <translation>Devir kodu {file} içinde. Kodu dosyadan başka bir yolla iletin, sonra kod dosyasını silin.</translation>
    </message>
    <message>
        <source>Transfer code (shown only once; pass it on another way than the file, for example by phone):</source>
        <translation>Devir kodu (yalnızca bir kez gösterilir; dosyadan başka bir yolla iletin, örneğin telefonla):</translation>
    </message>
    <message>
        <source>Done with these newcomers? Close them in the app, or erase them with:</source>
        <translation>Bu yeni gelenlerle işiniz bitti mi? Onları uygulamada kapatın veya şununla silin:</translation>
    </message>
    <message>
        <source>Imported: {newcomers}, {entries}.</source>
        <translation>İçe aktarıldı: {newcomers}, {entries}.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Yeni parola: </translation>
    </message>
    <message>
        <source>Case file created: {path}</source>
        <translation>Dosya oluşturuldu: {path}</translation>
    </message>
    <message>
        <source>Key file: {path}</source>
        <translation>Anahtar dosyası: {path}</translation>
    </message>
    <message>
        <source>Recovery key (write it down and keep it safe; it is shown only once):</source>
        <translation>Kurtarma anahtarı (yazın ve güvende tutun; yalnızca bir kez gösterilir):</translation>
    </message>
    <message numerus="yes">
        <source>Inzage written: {path} (%n entry(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>Yeni gelen için kopya yazıldı: {path} (%n kayıt), yeni gelene verildi olarak kaydedildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing written: {refused} of %n file(s) refused.</source>
        <translation>
            <numerusform>Hiçbir şey yazılmadı: %n dosyadan {refused} tanesi reddedildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} ve {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s) of {period} merged into {files}.</source>
        <translation>
            <numerusform>{period} döneminin %n özeti birleştirildi: {files}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase changed. The recovery key stays valid.</source>
        <translation>Parola değiştirildi. Kurtarma anahtarı geçerli kalır.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed longer than {months} months; nothing was erased.</source>
        <translation>
            <numerusform>%n yeni gelen {months} aydan uzun süredir kapalı; hiçbir şey silinmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: {id}</source>
        <translation>Silindi: {id}</translation>
    </message>
    <message>
        <source>shared before: {date} {kind} with {recipient} (tell them the data was erased)</source>
        <translation>daha önce paylaşıldı: {date} {kind}, alıcı {recipient} (verilerin silindiğini bildirin)</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) erased (retention {months} months).</source>
        <translation>
            <numerusform>%n yeni gelen silindi (saklama süresi {months} ay).</numerusform>
        </translation>
    </message>
    <message>
        <source>the code file {file} is empty</source>
        <translation>{file} kod dosyası boş</translation>
    </message>
    <message>
        <source>no transfer code: use --code-file, set {env} or use a terminal</source>
        <translation>devir kodu yok: --code-file kullanın, {env} ayarlayın veya bir terminal kullanın</translation>
    </message>
    <message>
        <source>Transfer code: </source>
        <translation>Devir kodu: </translation>
    </message>
    <message>
        <source>file not found: {file}</source>
        <translation>dosya bulunamadı: {file}</translation>
    </message>
    <message>
        <source>Received: {newcomers}, {entries}, {consents}, {disclosures}.</source>
        <translation>Alındı: {newcomers}, {entries}, {consents}, {disclosures}.</translation>
    </message>
    <message>
        <source>not a valid date: {value} (use YYYY-MM-DD)</source>
        <translation>geçerli bir tarih değil: {value} (YYYY-AA-GG kullanın)</translation>
    </message>
    <message>
        <source>the password file {file} is empty</source>
        <translation>{file} şifre dosyası boş</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to, --from tarihinden önce</translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}, password-protected).</source>
        <translation>
            <numerusform>Rapor yazıldı: {path} (%n kayıt dahil, dönem {start} – {end}, şifre korumalı).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written: {path} (%n entry(s) included, period {start} to {end}).</source>
        <translation>
            <numerusform>Rapor yazıldı: {path} (%n kayıt dahil, dönem {start} – {end}).</numerusform>
        </translation>
    </message>
    <message>
        <source>say which reports: use --due (the reports that are due now)</source>
        <translation>hangi raporlar olduğunu belirtin: --due kullanın (şu anda zamanı gelen raporlar)</translation>
    </message>
    <message>
        <source>--password-file and --recipient go with -o DIR (writing the reports)</source>
        <translation>--password-file ve --recipient yalnızca -o DIR ile kullanılır (raporları yazarken)</translation>
    </message>
    <message>
        <source>No reports are due; nothing was written.</source>
        <translation>Zamanı gelen rapor yok; hiçbir şey yazılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register, password-protected.</source>
        <translation>
            <numerusform>%n rapor yazıldı ve paylaşım kaydına işlendi, şifre korumalı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written and recorded in the disclosure register.</source>
        <translation>
            <numerusform>%n rapor yazıldı ve paylaşım kaydına işlendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports are due.</source>
        <translation>Zamanı gelen rapor yok.</translation>
    </message>
    <message>
        <source>An interrupted restore was completed first.</source>
        <translation>Yarım kalmış bir geri yükleme önce tamamlandı.</translation>
    </message>
    <message>
        <source>cannot read the recovery key: {reason}</source>
        <translation>kurtarma anahtarı okunamıyor: {reason}</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Yedeğin parolası: </translation>
    </message>
    <message>
        <source>Restore this backup? The current case file is kept as a backup first. [y/N] </source>
        <translation>Bu yedek geri yüklensin mi? Mevcut dosya önce yedek olarak saklanır. [e/H] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>The current case file could not be read: the period length and issued summaries of the backup now apply.</source>
        <translation>Mevcut dosya okunamadı: artık yedeğin dönem uzunluğu ve verilmiş özetleri geçerli.</translation>
    </message>
    <message>
        <source>The previous case file was kept in {path}.</source>
        <translation>Önceki dosya {path} konumunda saklandı.</translation>
    </message>
    <message>
        <source>Backup restored. Open the case with the backup&apos;s passphrase.</source>
        <translation>Yedek geri yüklendi. Dosyayı yedeğin parolasıyla açın.</translation>
    </message>
    <message>
        <source>unknown period &apos;{period}&apos;: use a year (2026), quarter (2026-Q3) or month (2026-07)</source>
        <translation>bilinmeyen dönem &apos;{period}&apos;: bir yıl (2026), çeyrek yıl (2026-Q3) veya ay (2026-07) kullanın</translation>
    </message>
    <message>
        <source>note: this period was issued before; its label of then is kept.</source>
        <translation>not: bu dönem daha önce verildi; o zamanki etiketi korunur.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised summary {period} saved to {files}: {counted} newcomers counted, {left_out} not counted (no consent), %n number(s) hidden (a number about fewer than {k} newcomers is not shown).</source>
        <translation>
            <numerusform>{period} anonim özeti {files} konumuna kaydedildi: {counted} yeni gelen sayıldı, {left_out} sayılmadı (onay yok), %n sayı gizlendi ({k} kişiden az yeni gelenle ilgili bir sayı gösterilmez).</numerusform>
        </translation>
    </message>
    <message>
        <source>This case file now makes summaries per {kind}; that is fixed, so summaries cannot be subtracted from each other.</source>
        <translation>Bu dosya artık özetleri {kind} başına yapıyor; bu sabittir, böylece özetler birbirinden çıkarılamaz.</translation>
    </message>
    <message>
        <source>This period was issued on {date}: these are the same figures as then (the data changed since; those changes are not counted).</source>
        <translation>Bu dönem {date} tarihinde verildi: rakamlar o zamankiyle aynı (veriler o zamandan beri değişti; bu değişiklikler sayılmaz).</translation>
    </message>
    <message>
        <source>This period was issued on {date}: these are the same figures as then.</source>
        <translation>Bu dönem {date} tarihinde verildi: rakamlar o zamankiyle aynı.</translation>
    </message>
    <message numerus="yes">
        <source>Appointments written: {0} (%n appointment(s)), recorded as given to the newcomer.</source>
        <translation>
            <numerusform>Randevular yazıldı: {0} (%n randevu), yeni gelene verildi olarak kaydedildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>--weeks must be 1..{max}</source>
        <translation>--weeks 1..{max} olmalı</translation>
    </message>
    <message>
        <source>--language: unknown language {0!r}; choose one of {1}</source>
        <translation>--language: bilinmeyen dil {0!r}; şunlardan birini seçin: {1}</translation>
    </message>
    <message>
        <source>Consent sheet {0} written: {1}, recorded as given to the newcomer.</source>
        <translation>Onay formu {0} yazıldı: {1}, yeni gelene verildi olarak kaydedildi.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>usage: </source>
        <translation>kullanım: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>konumsal argümanlar</translation>
    </message>
    <message>
        <source>options</source>
        <translation>seçenekler</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>bu yardım mesajını göster ve çık</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>sürümü göster ve çık</translation>
    </message>
    <message>
        <source>Sleutelapp: the case file of a key person (offline, encrypted).</source>
        <translation>Sleutelapp: bir anahtar kişinin dosyası (çevrimdışı, şifreli).</translation>
    </message>
    <message>
        <source>folder of the case file (default: SLEUTELAPP_HOME or the user data folder)</source>
        <translation>dosyanın klasörü (varsayılan: SLEUTELAPP_HOME veya kullanıcı veri klasörü)</translation>
    </message>
    <message>
        <source>what is coming up: planned appointments and open tasks (--ics: as a calendar file)</source>
        <translation>yaklaşanlar: planlanmış randevular ve açık görevler (--ics: takvim dosyası olarak)</translation>
    </message>
    <message>
        <source>write an iCalendar file (private by default: initials, no place, health appointments without their type; recorded in the disclosure register)</source>
        <translation>bir iCalendar dosyası yaz (varsayılan olarak gizli: baş harfler, yer yok, sağlık randevuları türsüz; paylaşım kaydına işlenir)</translation>
    </message>
    <message>
        <source>write this week as a PDF to print (private by default, like --ics; recorded in the disclosure register)</source>
        <translation>bu haftayı yazdırmak için PDF olarak yaz (varsayılan olarak gizli, --ics gibi; paylaşım kaydına işlenir)</translation>
    </message>
    <message>
        <source>how names appear in the calendar file (default: initials)</source>
        <translation>adların takvim dosyasında nasıl görüneceği (varsayılan: baş harfler)</translation>
    </message>
    <message>
        <source>put the place of appointments in the calendar file</source>
        <translation>randevuların yerini takvim dosyasına koy</translation>
    </message>
    <message>
        <source>name the type of health appointments (GP, hospital, ...) in the calendar file</source>
        <translation>sağlık randevularının türünü (aile hekimi, hastane, ...) takvim dosyasında belirt</translation>
    </message>
    <message>
        <source>where the calendar file goes, for the disclosure register</source>
        <translation>takvim dosyasının nereye gideceği, paylaşım kaydı için</translation>
    </message>
    <message>
        <source>write a verified backup file (default: into the backup folder)</source>
        <translation>doğrulanmış bir yedek dosyası yaz (varsayılan: yedek klasörüne)</translation>
    </message>
    <message>
        <source>where to write the backup, e.g. on a USB stick</source>
        <translation>yedeğin nereye yazılacağı, örn. bir USB belleğe</translation>
    </message>
    <message>
        <source>check the case file (integrity and encryption) and say whether all is well</source>
        <translation>dosyayı denetle (bütünlük ve şifreleme) ve her şeyin yolunda olup olmadığını söyle</translation>
    </message>
    <message>
        <source>add fictional demo data (deterministic per --seed)</source>
        <translation>kurgusal deneme verisi ekle (--seed başına belirlenimli)</translation>
    </message>
    <message>
        <source>list the disclosure register (every export that left the device)</source>
        <translation>paylaşım kaydını listele (cihazdan çıkan her dışa aktarma)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>programlar için çıktı (JSON)</translation>
    </message>
    <message>
        <source>only exports about this newcomer (id or unambiguous name)</source>
        <translation>yalnızca bu yeni gelenle ilgili dışa aktarmalar (kimlik veya tek kişiye uyan ad)</translation>
    </message>
    <message>
        <source>erase one newcomer for good (id or unambiguous name; asks first, --yes to skip)</source>
        <translation>bir yeni geleni kalıcı olarak sil (kimlik veya tek kişiye uyan ad; önce sorar, atlamak için --yes)</translation>
    </message>
    <message>
        <source>write the newcomer&apos;s coming appointments on paper for them, in their language (PDF)</source>
        <translation>yeni gelenin yaklaşan randevularını onun için kâğıda, onun dilinde yaz (PDF)</translation>
    </message>
    <message>
        <source>id or unambiguous name</source>
        <translation>kimlik veya tek kişiye uyan ad</translation>
    </message>
    <message>
        <source>weeks ahead (default 4)</source>
        <translation>ileriki hafta sayısı (varsayılan 4)</translation>
    </message>
    <message>
        <source>language code (default: the newcomer&apos;s language)</source>
        <translation>dil kodu (varsayılan: yeni gelenin dili)</translation>
    </message>
    <message>
        <source>erase without asking (automation)</source>
        <translation>sormadan sil (otomasyon)</translation>
    </message>
    <message>
        <source>export portable data JSON (everything, in plain text: keep the file safe)</source>
        <translation>taşınabilir veri JSON&apos;u dışa aktar (her şey, düz metin olarak: dosyayı güvende tutun)</translation>
    </message>
    <message>
        <source>only this newcomer (id or name)</source>
        <translation>yalnızca bu yeni gelen (kimlik veya ad)</translation>
    </message>
    <message>
        <source>who receives the file (kept in the disclosure register)</source>
        <translation>dosyayı kimin alacağı (paylaşım kaydında tutulur)</translation>
    </message>
    <message>
        <source>start the app (--smoke: show the unlock page, or unlock and show the data, quit)</source>
        <translation>uygulamayı başlat (--smoke: kilit açma sayfasını göster veya kilidi açıp verileri göster, çık)</translation>
    </message>
    <message>
        <source>show the unlock page, or with SLEUTELAPP_PASSPHRASE unlock and show the main window with its data; process events and exit 0 (tests, packaging)</source>
        <translation>kilit açma sayfasını göster veya SLEUTELAPP_PASSPHRASE ile kilidi açıp ana pencereyi verileriyle göster; olayları işle ve 0 ile çık (testler, paketleme)</translation>
    </message>
    <message>
        <source>hand newcomers over to a colleague in an encrypted file (prints a one-time code)</source>
        <translation>yeni gelenleri şifreli bir dosyayla bir meslektaşa devret (tek kullanımlık bir kod gösterir)</translation>
    </message>
    <message>
        <source>name of the colleague</source>
        <translation>meslektaşın adı</translation>
    </message>
    <message>
        <source>write the transfer code to F instead of printing it</source>
        <translation>devir kodunu ekrana yazmak yerine F dosyasına yaz</translation>
    </message>
    <message>
        <source>import portable data JSON (format sleutelapp-data v1), all or nothing</source>
        <translation>taşınabilir veri JSON&apos;unu içe aktar (sleutelapp-data v1 biçimi), ya hepsi ya hiçbiri</translation>
    </message>
    <message>
        <source>create a new encrypted case file (refuses when one exists)</source>
        <translation>yeni bir şifreli dosya oluştur (zaten varsa reddeder)</translation>
    </message>
    <message>
        <source>also write the recovery key to FILE (print it and keep it safe)</source>
        <translation>kurtarma anahtarını ayrıca FILE dosyasına yaz (yazdırın ve güvende tutun)</translation>
    </message>
    <message>
        <source>write everything the case file holds about one newcomer, for them (PDF)</source>
        <translation>dosyanın bir yeni gelen hakkında tuttuğu her şeyi onun için yaz (PDF)</translation>
    </message>
    <message>
        <source>the newcomer&apos;s language, with the Dutch beside it (default: the language in their profile, else Dutch alone)</source>
        <translation>yeni gelenin dili, yanında Felemenkçesiyle (varsayılan: profildeki dil, yoksa yalnızca Felemenkçe)</translation>
    </message>
    <message>
        <source>merge anonymised summaries of one period (no case file needed)</source>
        <translation>bir dönemin anonim özetlerini birleştir (dosya gerekmez)</translation>
    </message>
    <message>
        <source>also write an overview PDF</source>
        <translation>ayrıca bir genel bakış PDF&apos;i yaz</translation>
    </message>
    <message>
        <source>list newcomers</source>
        <translation>yeni gelenleri listele</translation>
    </message>
    <message>
        <source>only newcomers whose name or entries match TEXT</source>
        <translation>yalnızca adı veya kayıtları TEXT ile eşleşen yeni gelenler</translation>
    </message>
    <message>
        <source>change the passphrase (new one from SLEUTELAPP_NEW_PASSPHRASE or a prompt)</source>
        <translation>parolayı değiştir (yenisi SLEUTELAPP_NEW_PASSPHRASE&apos;den veya sorularak)</translation>
    </message>
    <message>
        <source>erase every closed newcomer past the retention period (--dry-run: only list them)</source>
        <translation>saklama süresi geçmiş her kapatılmış yeni geleni sil (--dry-run: yalnızca listele)</translation>
    </message>
    <message>
        <source>list who is due; erase nothing</source>
        <translation>zamanı gelenleri listele; hiçbir şey silme</translation>
    </message>
    <message>
        <source>receive a colleague&apos;s handover file (code from SLEUTELAPP_TRANSFER_CODE, a file or a prompt)</source>
        <translation>bir meslektaşın devir dosyasını al (kod SLEUTELAPP_TRANSFER_CODE&apos;dan, bir dosyadan veya sorularak)</translation>
    </message>
    <message>
        <source>read the transfer code from the first line of F</source>
        <translation>devir kodunu F dosyasının ilk satırından oku</translation>
    </message>
    <message>
        <source>write the PDF report for the inburgeringsregisseur (needs the newcomer&apos;s consent)</source>
        <translation>uyum sorumlusu (inburgeringsregisseur) için PDF raporu yaz (yeni gelenin onayı gerekir)</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD (default: start of last calendar month)</source>
        <translation>dönemin ilk günü, YYYY-AA-GG (varsayılan: geçen takvim ayının başı)</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: end of last calendar month, or today when --from is given)</source>
        <translation>dönemin son günü, YYYY-AA-GG (varsayılan: geçen takvim ayının sonu veya --from verildiyse bugün)</translation>
    </message>
    <message>
        <source>name of the regisseur who receives the report</source>
        <translation>raporu alan uyum sorumlusunun adı</translation>
    </message>
    <message>
        <source>protect the PDF with the password in the first line of F (AES-256)</source>
        <translation>PDF&apos;i F dosyasının ilk satırındaki şifreyle koru (AES-256)</translation>
    </message>
    <message>
        <source>list the regisseur reports that are due, or write them all into a folder (-o DIR)</source>
        <translation>zamanı gelen uyum sorumlusu raporlarını listele veya hepsini bir klasöre yaz (-o DIR)</translation>
    </message>
    <message>
        <source>the reports due for the last complete month or quarter (the schedule)</source>
        <translation>son tam ay veya çeyrek yıl için zamanı gelen raporlar (takvime göre)</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>metin yerine JSON çıktısı ver</translation>
    </message>
    <message>
        <source>write one PDF per due newcomer into this existing folder and register each</source>
        <translation>zamanı gelen her yeni gelen için bu var olan klasöre bir PDF yaz ve her birini kaydet</translation>
    </message>
    <message>
        <source>protect every PDF with the password in the first line of F (AES-256)</source>
        <translation>her PDF&apos;i F dosyasının ilk satırındaki şifreyle koru (AES-256)</translation>
    </message>
    <message>
        <source>the regisseur who receives the reports (default: each newcomer&apos;s own regisseur)</source>
        <translation>raporları alan uyum sorumlusu (varsayılan: her yeni gelenin kendi uyum sorumlusu)</translation>
    </message>
    <message>
        <source>restore a backup (checked first; the current case file is kept as a backup)</source>
        <translation>bir yedeği geri yükle (önce denetlenir; mevcut dosya yedek olarak saklanır)</translation>
    </message>
    <message>
        <source>unlock the backup with the recovery key in FILE instead of the passphrase</source>
        <translation>yedeğin kilidini parola yerine FILE dosyasındaki kurtarma anahtarıyla aç</translation>
    </message>
    <message>
        <source>do not ask for confirmation in a terminal</source>
        <translation>terminalde onay isteme</translation>
    </message>
    <message>
        <source>anonymised summary of a period (YYYY, YYYY-Qn or YYYY-MM) as JSON, optionally PDF</source>
        <translation>bir dönemin anonim özeti (YYYY, YYYY-Qn veya YYYY-MM) JSON olarak, isteğe bağlı PDF</translation>
    </message>
    <message>
        <source>a calendar year (2026), quarter (2026-Q3) or month (2026-07)</source>
        <translation>bir takvim yılı (2026), çeyrek yıl (2026-Q3) veya ay (2026-07)</translation>
    </message>
    <message>
        <source>also write the summary as a PDF</source>
        <translation>özeti ayrıca PDF olarak yaz</translation>
    </message>
    <message>
        <source>optional label for the coordinator, e.g. a neighbourhood (no names of people)</source>
        <translation>koordinatör için isteğe bağlı etiket, örn. bir mahalle (kişi adı yok)</translation>
    </message>
    <message>
        <source>write the consent sheet for a newcomer to read and sign, in their language (PDF)</source>
        <translation>onay formunu yeni gelenin okuyup imzalaması için onun dilinde yaz (PDF)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consents of {0}</source>
        <translation>{0} için onaylar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>verildiği tarih</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>geri çekildiği tarih</translation>
    </message>
    <message>
        <source>given</source>
        <translation>verildi</translation>
    </message>
    <message>
        <source>how</source>
        <translation>nasıl</translation>
    </message>
    <message>
        <source>signed on sheet</source>
        <translation>formda imzalandı</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>geri çekildi</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>form yok</translation>
    </message>
    <message>
        <source>sheet {0} of {1}</source>
        <translation>form {0}, {1}</translation>
    </message>
    <message>
        <source>sheet {0}</source>
        <translation>form {0}</translation>
    </message>
    <message>
        <source>Fill in a date, like 15-03-2024.</source>
        <translation>Bir tarih girin, örneğin 15-03-2024.</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a date; type it as day-month-year, e.g. 15-03-2024.</source>
        <translation>{0}: ‘{1}’ bir tarih değil. Gün-ay-yıl olarak yazın, örneğin 15-03-2024.</translation>
    </message>
    <message>
        <source>You may send the report for the regisseur (PDF) about this newcomer to the inburgeringsregisseur.</source>
        <translation>Bu yeni gelen hakkındaki uyum sorumlusu raporunu (PDF) uyum sorumlusuna (inburgeringsregisseur) gönderebilirsiniz.</translation>
    </message>
    <message>
        <source>The number of care appointments (never what they were about) may appear in that report.</source>
        <translation>Sağlık randevularının sayısı (konuları asla) bu raporda yer alabilir.</translation>
    </message>
    <message>
        <source>This newcomer is counted in anonymised summaries.</source>
        <translation>Bu yeni gelen anonim özetlerde sayılır.</translation>
    </message>
    <message>
        <source>Given on {0} ({1}).</source>
        <translation>{0} tarihinde verildi ({1}).</translation>
    </message>
    <message>
        <source>Withdrawn on {0}.</source>
        <translation>{0} tarihinde geri çekildi.</translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation>Verilmedi.</translation>
    </message>
    <message>
        <source>{0}: the day it was given is in the future.</source>
        <translation>{0}: onayın verildiği gün gelecekte.</translation>
    </message>
    <message>
        <source>{0}: the day it was withdrawn is in the future.</source>
        <translation>{0}: onayın geri çekildiği gün gelecekte.</translation>
    </message>
    <message>
        <source>{0}: it cannot be withdrawn before it was given ({1}).</source>
        <translation>{0}: onay, verildiği günden ({1}) önce geri çekilemez.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Onaylar</translation>
    </message>
    <message>
        <source>Tick what the newcomer agreed to and on which day; tick &quot;withdrawn on&quot; when they take it back. Use Tab to go on and Space to tick.</source>
        <translation>Yeni gelenin neye onay verdiğini ve hangi gün verdiğini işaretleyin. Onayını geri alırsa ‘geri çekildiği tarih’ kutusunu işaretleyin. Tab ile ilerlersiniz, boşluk tuşu ile işaretlersiniz.</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>Ne için</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Verildi</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Nasıl</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri çekildi</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Not</translation>
    </message>
    <message>
        <source>for example: signed form in the folder (optional)</source>
        <translation>örneğin: imzalı form klasörde (isteğe bağlı)</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Verildiği tarih</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Geri çekildiği tarih</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Nasıl</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n yeni gelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n sorun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summary(s)</source>
        <translation>
            <numerusform>%n özet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n dosya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s)</source>
        <translation>
            <numerusform>%n görüşme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n öğe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n onay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n paylaşım</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n sayı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Bir sorun oluştu</translation>
    </message>
    <message>
        <source>Sleutelapp ran into an unexpected problem. What you saved is safe; the window you were working in stays open. If this happens again, copy the report below and send it to whoever supports you. It contains no names and no text you typed.</source>
        <translation>Sleutelapp beklenmeyen bir sorunla karşılaştı. Kaydettikleriniz güvende; çalıştığınız pencere açık kalıyor. Bu yine olursa aşağıdaki raporu kopyalayın ve size destek veren kişiye gönderin. Raporda hiçbir ad ve yazdığınız hiçbir metin yoktur.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Hata raporu</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Raporu kopyala</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>gg-aa-yyyy</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Takvimden seçin (Alt+Aşağı)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Takvim</translation>
    </message>
    <message>
        <source>This date does not exist. Type it as dd-mm-yyyy.</source>
        <translation>Bu tarih yok. gg-aa-yyyy olarak yazın.</translation>
    </message>
    <message>
        <source>This is not a date. Type it as dd-mm-yyyy, like 15-03-2024.</source>
        <translation>Bu bir tarih değil. gg-aa-yyyy olarak yazın, örneğin 15-03-2024.</translation>
    </message>
    <message>
        <source>A termijn cannot start in the future. Check the date.</source>
        <translation>Uyum süresi gelecekte başlayamaz. Tarihi kontrol edin.</translation>
    </message>
    <message>
        <source>This date lies in the future. Check the date.</source>
        <translation>Bu tarih gelecekte. Tarihi kontrol edin.</translation>
    </message>
    <message>
        <source>A date before {0} is not possible here. Check the year.</source>
        <translation>Burada {0} öncesi bir tarih olamaz. Yılı kontrol edin.</translation>
    </message>
    <message>
        <source>A date after {0} is not possible here. Check the year.</source>
        <translation>Burada {0} sonrası bir tarih olamaz. Yılı kontrol edin.</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>In</source>
        <translation>Dahil</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Hariç</translation>
    </message>
    <message>
        <source>Uncheck to leave this out.</source>
        <translation>Bunu dışarıda bırakmak için işareti kaldırın.</translation>
    </message>
    <message>
        <source>The privacy rules keep this out of the report.</source>
        <translation>Gizlilik kuralları bunu rapordan dışarıda tutar.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>In report</source>
        <translation>Raporda</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
</context>
<context>
    <name>DisclosuresModel</name>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Kime</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Summary for the regisseur</source>
        <translation>Uyum sorumlusu için rapor</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>Anonim özet</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Veri dışa aktarma</translation>
    </message>
    <message>
        <source>Handover to a colleague</source>
        <translation>Meslektaşa devir</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>Yeni gelen için kopya</translation>
    </message>
    <message>
        <source>Agenda for your calendar</source>
        <translation>Takviminiz için ajanda</translation>
    </message>
    <message>
        <source>Week of the agenda on paper</source>
        <translation>Kâğıt üzerinde ajanda haftası</translation>
    </message>
    <message>
        <source>Appointments on paper for the newcomer</source>
        <translation>Yeni gelen için kâğıt üzerinde randevular</translation>
    </message>
    <message>
        <source>Consent sheet for the newcomer</source>
        <translation>Yeni gelen için onay formu</translation>
    </message>
</context>
<context>
    <name>DueReportsDialog</name>
    <message>
        <source>&amp;Make reports</source>
        <translation>&amp;Raporları hazırla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Raporun önizlemesi</translation>
    </message>
    <message>
        <source>Reports to make</source>
        <translation>Hazırlanacak raporlar</translation>
    </message>
    <message>
        <source>All reports are made: nothing is due.</source>
        <translation>Tüm raporlar hazır: şu an yapılacak bir şey yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} report(s) ticked.</source>
        <translation>
            <numerusform>{0} rapordan %n tanesi işaretli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Önizleme hazırlanıyor…</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Raporlar için klasör</translation>
    </message>
    <message>
        <source>Making the reports…</source>
        <translation>Raporlar hazırlanıyor…</translation>
    </message>
    <message>
        <source>Not all reports were made</source>
        <translation>Raporların hepsi hazırlanamadı</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Raporlar hazırlandı</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) saved in {0}. Each one is recorded on the Shared tab of its newcomer.</source>
        <translation>
            <numerusform>%n rapor {0} içine kaydedildi. Her biri, ilgili yeni gelenin Paylaşımlar sekmesine kaydedildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>All files have the password you typed.</source>
        <translation>Tüm dosyalar yazdığınız şifreyle korunuyor.</translation>
    </message>
    <message>
        <source>Reports due for the regisseur</source>
        <translation>Uyum sorumlusu için zamanı gelen raporlar</translation>
    </message>
    <message>
        <source>These reports for the last complete month or quarter have not been made yet. Each one goes into its own file and is recorded in the register of what was shared.</source>
        <translation>Son tam ay veya çeyrek yıl için bu raporlar henüz hazırlanmadı. Her rapor ayrı bir dosyaya yazılır ve paylaşım kaydına işlenir.</translation>
    </message>
    <message>
        <source>&amp;Reports to make (Space ticks or unticks one):</source>
        <translation>&amp;Hazırlanacak raporlar (boşluk tuşu işaret koyar veya kaldırır):</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Klasör</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;eç…</translation>
    </message>
    <message>
        <source>R&amp;ecipient</source>
        <translation>&amp;Alıcı</translation>
    </message>
    <message>
        <source>empty = the regisseur in each newcomer&apos;s profile</source>
        <translation>boş = her yeni gelenin profilindeki uyum sorumlusu</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>&amp;Şifre (isteğe bağlı)</translation>
    </message>
    <message>
        <source>for all files; empty = none</source>
        <translation>tüm dosyalar için; boş = şifre yok</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>Preview of the chosen report, as it will be saved (the password is added when saving).</source>
        <translation>Seçilen raporun, kaydedileceği şekliyle önizlemesi (şifre kaydederken eklenir).</translation>
    </message>
</context>
<context>
    <name>DueReportsModel</name>
    <message>
        <source>Newcomer</source>
        <translation>Yeni gelen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dosya adı</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>{0} for {1}</source>
        <translation>{1} için {0}</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>T&amp;ür</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Etkinlik</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>K&amp;onu</translation>
    </message>
    <message>
        <source>&amp;What about</source>
        <translation>Ne &amp;hakkında</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Not</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>A&amp;çıklama</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>Yapılacak &amp;iş</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>Açıkla&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Son tarih</translation>
    </message>
    <message>
        <source>We do this &amp;together</source>
        <translation>Bunu &amp;birlikte yapıyoruz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Fill in a date, like 15-03-2024.</source>
        <translation>Bir tarih girin, örneğin 15-03-2024.</translation>
    </message>
    <message>
        <source>Fill in how many hours, like 1,5.</source>
        <translation>Kaç saat olduğunu girin, örneğin 1,5.</translation>
    </message>
    <message>
        <source>Write the note first; an empty note is not saved.</source>
        <translation>Önce notu yazın; boş bir not kaydedilmez.</translation>
    </message>
    <message>
        <source>Write what needs to be done.</source>
        <translation>Yapılması gereken işi yazın.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Bu alanı doldurmanız gerekiyor.</translation>
    </message>
    <message>
        <source>Did the appointment take place?</source>
        <translation>Randevu gerçekleşti mi?</translation>
    </message>
    <message>
        <source>This appointment lies in the past but is still marked planned. What happened?</source>
        <translation>Bu randevu geçmişte kaldı ama hâlâ Planlandı olarak görünüyor. Ne oldu?</translation>
    </message>
    <message>
        <source>Keep planned</source>
        <translation>Planlı bırak</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; the text seems to contain {0}. Such identifiers do not belong in notes. Remove it, or press Enter again to save anyway.</source>
        <translation>&lt;b&gt;Dikkat:&lt;/b&gt; metin {0} içeriyor gibi görünüyor. Bu tür kimlik bilgileri notlara yazılmaz. Silin ya da yine de kaydetmek için Enter&apos;a bir kez daha basın.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Yine de kaydet</translation>
    </message>
    <message>
        <source>Discard this entry?</source>
        <translation>Bu kayıt silinsin mi?</translation>
    </message>
    <message>
        <source>You typed something that is not saved yet. Throw it away?</source>
        <translation>Henüz kaydedilmemiş bir şey yazdınız. Silmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Choose Cancel to go back and save it.</source>
        <translation>Geri dönüp kaydetmek için İptal&apos;i seçin.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tarih</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>Sa&amp;at</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>ss:dd</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Durum</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>Sü&amp;re (dakika)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Saat</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Yer</translation>
    </message>
    <message>
        <source>I go along (&amp;accompanied)</source>
        <translation>Ben de &amp;gidiyorum (eşlik)</translation>
    </message>
    <message>
        <source>For a care appointment only the logistics are kept: when, where and whether you go along. There is deliberately no field for the reason or a diagnosis.</source>
        <translation>Sağlık randevusunda yalnızca pratik bilgiler saklanır: ne zaman, nerede ve sizin de gidip gitmediğiniz. Neden veya teşhis için bilerek bir alan yoktur.</translation>
    </message>
    <message>
        <source>S&amp;hareable: this text may appear in the summary for the regisseur</source>
        <translation>&amp;Paylaşılabilir: bu metin uyum sorumlusu raporunda yer alabilir</translation>
    </message>
    <message>
        <source>Enter saves. Shift+Enter starts a new line.</source>
        <translation>Enter kaydeder. Shift+Enter yeni satır başlatır.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Request an extension for {0}</source>
        <translation>{0} için uzatma başvurusu yap</translation>
    </message>
    <message>
        <source>Extension request of {0}</source>
        <translation>{0} için uzatma başvurusu</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Henüz karar yok</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Note: {0} (source: {1})</source>
        <translation>Not: {0} (kaynak: {1})</translation>
    </message>
    <message>
        <source>DUO answers within 8 weeks: expected by {0}.</source>
        <translation>DUO 8 hafta içinde yanıt verir: en geç {0}.</translation>
    </message>
    <message>
        <source>A task for that day is added.</source>
        <translation>O gün için bir görev eklenir.</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a date; type it as day-month-year, e.g. 15-03-2026.</source>
        <translation>{0}: ‘{1}’ bir tarih değil. Gün-ay-yıl olarak yazın, örneğin 15-03-2026.</translation>
    </message>
    <message>
        <source>Sent to DUO on</source>
        <translation>DUO&apos;ya gönderim tarihi</translation>
    </message>
    <message>
        <source>The day it was sent is in the future.</source>
        <translation>Gönderildiği gün gelecekte.</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Mektubun tarihi</translation>
    </message>
    <message>
        <source>The date of the letter is in the future.</source>
        <translation>Mektubun tarihi gelecekte.</translation>
    </message>
    <message>
        <source>The letter cannot be dated before the request was sent ({0}).</source>
        <translation>Mektubun tarihi, başvurunun gönderildiği günden ({0}) önce olamaz.</translation>
    </message>
    <message>
        <source>Months granted: type a whole number from 1 to {0}.</source>
        <translation>Kabul edilen ay: 1 ile {0} arasında tam sayı yazın.</translation>
    </message>
    <message>
        <source>Extension of the termijn</source>
        <translation>Uyum süresinin uzatılması</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Neden</translation>
    </message>
    <message>
        <source>&amp;Sent to DUO on</source>
        <translation>DUO&apos;ya &amp;gönderim tarihi</translation>
    </message>
    <message>
        <source>day-month-year, for example 15-03-2026</source>
        <translation>gün-ay-yıl, örneğin 15-03-2026</translation>
    </message>
    <message>
        <source>Evidence gathered</source>
        <translation>Toplanan belgeler</translation>
    </message>
    <message>
        <source>Tick a document when you have it. Do not put the document or what it says in the app.</source>
        <translation>Elinizde olan belgeyi işaretleyin. Belgenin kendisini veya içeriğini uygulamaya koymayın.</translation>
    </message>
    <message>
        <source>Decision of DUO</source>
        <translation>DUO kararı</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Karar</translation>
    </message>
    <message>
        <source>&amp;Months granted</source>
        <translation>Kabul edilen &amp;ay</translation>
    </message>
    <message>
        <source>for example 6</source>
        <translation>örneğin 6</translation>
    </message>
    <message>
        <source>Date of the &amp;letter</source>
        <translation>&amp;Mektubun tarihi</translation>
    </message>
</context>
<context>
    <name>ExtensionRequests</name>
    <message>
        <source>DUO&apos;s decision on the extension is expected</source>
        <translation>DUO&apos;nun uzatma kararı bekleniyor</translation>
    </message>
</context>
<context>
    <name>ExtensionRequestsModel</name>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gönderim tarihi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Answer expected</source>
        <translation>Beklenen yanıt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message numerus="yes">
        <source>Granted: %n month(s)</source>
        <translation>
            <numerusform>Kabul edildi: %n ay</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Henüz yok</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>ExtensionRule</name>
    <message>
        <source>Fill in the start date of the termijn first.</source>
        <translation>Önce uyum süresinin (termijn) başlangıç tarihini girin.</translation>
    </message>
    <message>
        <source>For illness or death this is possible once the termijn has run 2.5 years: from {date}.</source>
        <translation>Hastalık veya ölüm nedeniyle bu, uyum süresinin 2,5 yılı dolduğunda mümkündür: {date} tarihinden itibaren.</translation>
    </message>
    <message>
        <source>For this reason it is possible once the termijn ends within 6 months: from {date}.</source>
        <translation>Bu nedenle, uyum süresi 6 ay içinde bittiğinde mümkündür: {date} tarihinden itibaren.</translation>
    </message>
    <message>
        <source>DUO does not extend the same period twice. It was already extended for this reason.</source>
        <translation>DUO aynı dönemi iki kez uzatmaz. Bu nedenle zaten uzatıldı.</translation>
    </message>
    <message>
        <source>DUO has not yet decided on an earlier request.</source>
        <translation>DUO önceki bir başvuru hakkında henüz karar vermedi.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>İki parola aynı değil. Yeniden yazın.</translation>
    </message>
    <message>
        <source>Welcome to Sleutelapp</source>
        <translation>Sleutelapp&apos;e hoş geldiniz</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Your notes about the newcomers you guide are stored encrypted on this computer. Choose a passphrase that only you know: at least 8 characters, for example four unrelated words.</source>
        <translation>Rehberlik ettiğiniz yeni gelenlerle ilgili notlarınız bu bilgisayarda şifrelenmiş olarak saklanır. Yalnızca sizin bildiğiniz bir parola seçin: en az 8 karakter, örneğin birbiriyle ilgisiz dört kelime.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Parolayı tekrarlayın</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Parolanın gücü</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;İleri</translation>
    </message>
    <message>
        <source>Just looking? Try the app with made-up newcomers in a separate demo file. Your own case file is not touched.</source>
        <translation>Sadece bakıyor musunuz? Uygulamayı ayrı bir demo dosyasında uydurma yeni gelenlerle deneyin. Kendi dosyanıza dokunulmaz.</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>Demo verileriyle deneyin</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Yedeği geri yükle…</translation>
    </message>
</context>
<context>
    <name>FirstStartProfile</name>
    <message>
        <source>Who keeps this case file?</source>
        <translation>Bu dosyayı kim tutuyor?</translation>
    </message>
    <message>
        <source>Your name and your organisation appear on the report for the regisseur. All three are optional; you can change them later under Settings.</source>
        <translation>Adınız ve kuruluşunuz uyum sorumlusu raporunda yer alır. Üçü de isteğe bağlıdır; bunları daha sonra Ayarlar bölümünden değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Adınız</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Kuruluş</translation>
    </message>
    <message>
        <source>responsible for the data, e.g. the welfare organisation</source>
        <translation>verilerden sorumlu olan, örn. sosyal hizmet kuruluşu</translation>
    </message>
    <message>
        <source>Organisation &amp;contact</source>
        <translation>Kuruluşun &amp;iletişim bilgisi</translation>
    </message>
    <message>
        <source>e-mail or phone for privacy questions</source>
        <translation>gizlilik soruları için e-posta veya telefon</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>Create my case file</source>
        <translation>Dosyamı oluştur</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Sleutelapp transfer code (one-time):</source>
        <translation>Sleutelapp devir kodu (tek kullanımlık):</translation>
    </message>
    <message numerus="yes">
        <source>Your colleague takes over %n newcomer(s). Do you want to close them in your case file, or erase them for good?</source>
        <translation>
            <numerusform>Meslektaşınız %n yeni geleni devralıyor. Bunları dosyanızda kapatmak mı, yoksa kalıcı olarak silmek mi istiyorsunuz?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close them</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Kalıcı olarak sil…</translation>
    </message>
    <message>
        <source>Keep as they are</source>
        <translation>Olduğu gibi bırak</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Devret</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Save the handover file</source>
        <translation>Devir dosyasını kaydet</translation>
    </message>
    <message>
        <source>Choose where to save the handover file.</source>
        <translation>Devir dosyasının nereye kaydedileceğini seçin.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>{0} klasörü yok.</translation>
    </message>
    <message>
        <source>Tick at least one newcomer (Space).</source>
        <translation>En az bir yeni geleni işaretleyin (boşluk tuşu).</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} zaten var. Değiştirilsin mi?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Writing the encrypted handover…</source>
        <translation>Şifrelenmiş devir dosyası yazılıyor…</translation>
    </message>
    <message>
        <source>All their data is erased from your case file for good, the search index included. Your colleague keeps the handed-over copy.</source>
        <translation>Bu kişilerin tüm verileri, arama dizini de dahil, dosyanızdan kalıcı olarak silinir. Devredilen kopya meslektaşınızda kalır.</translation>
    </message>
    <message>
        <source>Shared before; tell these recipients:</source>
        <translation>Daha önce paylaşıldı; şu alıcılara haber verin:</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n newcomer(s) for good?</source>
        <translation>
            <numerusform>%n yeni gelen kalıcı olarak silinsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Kalıcı olarak sil</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Silindi.</translation>
    </message>
    <message>
        <source>Tell these recipients:</source>
        <translation>Şu alıcılara haber verin:</translation>
    </message>
    <message>
        <source>Hand over to a colleague</source>
        <translation>Meslektaşa devret</translation>
    </message>
    <message>
        <source>The chosen newcomers go into an encrypted file, with every entry, consent and disclosure. Your colleague opens it with a one-time code that you pass on another way (by phone or in person).</source>
        <translation>Seçilen yeni gelenler, tüm kayıtları, onayları ve paylaşımlarıyla birlikte şifrelenmiş bir dosyaya yazılır. Meslektaşınız dosyayı, sizin başka bir yolla (telefonla veya yüz yüze) ileteceğiniz tek kullanımlık bir kodla açar.</translation>
    </message>
    <message>
        <source>&amp;Newcomers to hand over (Space ticks one):</source>
        <translation>Devredilecek &amp;yeni gelenler (boşluk tuşu işaretler):</translation>
    </message>
    <message>
        <source>&amp;Colleague</source>
        <translation>&amp;Meslektaş</translation>
    </message>
    <message>
        <source>name of the colleague who takes over</source>
        <translation>devralacak meslektaşın adı</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;eç…</translation>
    </message>
</context>
<context>
    <name>HoursField</name>
    <message>
        <source>for example 1,5</source>
        <translation>örneğin 1,5</translation>
    </message>
    <message>
        <source>Type a number of hours, like 1,5 or 2.</source>
        <translation>Saat sayısını yazın, örneğin 1,5 veya 2.</translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message>
        <source>the newcomer themself</source>
        <translation>yeni gelenin kendisi</translation>
    </message>
    <message>
        <source>inzage (GDPR art. 15)</source>
        <translation>inzage (AVG madde 15)</translation>
    </message>
    <message>
        <source>Report for the civic integration regisseur</source>
        <translation>Uyum sorumlusu (inburgeringsregisseur) için rapor</translation>
    </message>
    <message>
        <source>Anonymous overview (counted, without name)</source>
        <translation>Anonim özet (sayılmış, adsız)</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Veri dışa aktarma</translation>
    </message>
    <message>
        <source>Handover to a fellow key person</source>
        <translation>Başka bir anahtar kişiye devir</translation>
    </message>
    <message>
        <source>Inzage for yourself</source>
        <translation>Kendiniz için kopya</translation>
    </message>
    <message>
        <source>Appointments in your key person&apos;s agenda</source>
        <translation>Anahtar kişinizin ajandasındaki randevular</translation>
    </message>
    <message>
        <source>Appointments on paper for your key person</source>
        <translation>Anahtar kişiniz için kâğıt üzerinde randevular</translation>
    </message>
    <message>
        <source>Your appointments on paper, for yourself</source>
        <translation>Kâğıt üzerinde randevularınız, kendiniz için</translation>
    </message>
    <message>
        <source>Consent form, for yourself</source>
        <translation>Onay formu, kendiniz için</translation>
    </message>
    <message>
        <source>You have the right to see what is recorded about you (this overview), to have wrong data corrected and to have data erased (GDPR articles 15 to 17). When data is corrected or erased, we tell whoever received it before (article 19). Ask your key person or the organisation at the top of this overview.</source>
        <translation>Hakkınızda nelerin kaydedildiğini görme (bu belge), yanlış bilgileri düzelttirme ve bilgilerinizi sildirme hakkınız vardır (AVG madde 15 ile 17 arası). Bilgiler düzeltilir veya silinirse, bunları daha önce almış olanlara haber veririz (madde 19). Anahtar kişinize veya bu belgenin en üstündeki kuruluşa sorun.</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>her ay</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>her çeyrek yıl</translation>
    </message>
    <message>
        <source>{schedule} (own schedule)</source>
        <translation>{schedule} (size özel)</translation>
    </message>
    <message>
        <source>{schedule} (default)</source>
        <translation>{schedule} (varsayılan)</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>durum {status}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>saat {time}</translation>
    </message>
    <message>
        <source>place: {place}</source>
        <translation>yer: {place}</translation>
    </message>
    <message>
        <source>topics: {topics}</source>
        <translation>konular: {topics}</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} dakika</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} saat</translation>
    </message>
    <message>
        <source>accompanied</source>
        <translation>eşlik edildi</translation>
    </message>
    <message>
        <source>not accompanied</source>
        <translation>eşlik edilmedi</translation>
    </message>
    <message>
        <source>may be shared</source>
        <translation>paylaşılabilir</translation>
    </message>
    <message>
        <source>private (not shared)</source>
        <translation>özel (paylaşılmaz)</translation>
    </message>
    <message>
        <source>Your data in Sleutelapp</source>
        <translation>Sleutelapp&apos;teki bilgileriniz</translation>
    </message>
    <message>
        <source>Inzage for {name}, made on {date}</source>
        <translation>{name} için kopya, {date} tarihinde yapıldı</translation>
    </message>
    <message>
        <source>This is everything your key person&apos;s case file holds about you, including the key person&apos;s own notes.</source>
        <translation>Anahtar kişinizin dosyasında hakkınızda bulunan her şey budur; anahtar kişinin kendi notları da dahil.</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>Anahtar kişi</translation>
    </message>
    <message>
        <source>Key person&apos;s contact</source>
        <translation>Anahtar kişinin iletişim bilgisi</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Sorumlu kuruluş</translation>
    </message>
    <message>
        <source>Organisation&apos;s contact</source>
        <translation>Kuruluşun iletişim bilgisi</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Bilgileriniz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Hitap adı</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>Evrakın dili</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Start of the civic integration term</source>
        <translation>Uyum süresinin (termijn) başlangıcı</translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>Belediye referansı</translation>
    </message>
    <message>
        <source>Civic integration regisseur</source>
        <translation>Uyum sorumlusu (inburgeringsregisseur)</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Koçlar</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Dil okulu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Kapatıldığı tarih</translation>
    </message>
    <message>
        <source>Report to the regisseur</source>
        <translation>Uyum sorumlusuna rapor</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Kaydedildiği tarih</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <source>Extension of the term</source>
        <translation>Uyum süresinin uzatılması</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>No extension recorded.</source>
        <translation>Kayıtlı uzatma yok.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Onaylar</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Ne için</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Verildiği tarih</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Geri çekildiği tarih</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Nasıl</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Kayıtlı onay yok.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Haklarınız</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Karar bekleniyor</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Requests to DUO for an extension</source>
        <translation>DUO&apos;ya uzatma başvuruları</translation>
    </message>
    <message>
        <source>No request recorded.</source>
        <translation>Kayıtlı başvuru yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ay</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gönderim tarihi</translation>
    </message>
    <message>
        <source>Evidence gathered</source>
        <translation>Toplanan belgeler</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>What was shared, with whom and when</source>
        <translation>Ne paylaşıldı, kiminle ve ne zaman</translation>
    </message>
    <message>
        <source>Nothing about you has been shared yet.</source>
        <translation>Hakkınızda henüz hiçbir şey paylaşılmadı.</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>{start} – {end} (dahil)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Kime</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Everything that was recorded ({count})</source>
        <translation>Kaydedilen her şey ({count})</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>Henüz hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Confidential · Inzage in your data · {date}</source>
        <translation>Gizli · Bilgilerinizin kopyası · {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sayfa {page} / {pages}</translation>
    </message>
    <message>
        <source>Inzage in your data</source>
        <translation>Bilgilerinizin kopyası</translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <source>Newcomer: {0}</source>
        <translation>Yeni gelen: {0}</translation>
    </message>
    <message>
        <source>The copy holds the profile, {0} (private notes included), {1} and {2}.</source>
        <translation>Kopyada profil, {0} (özel notlar dahil), {1} ve {2} bulunur.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n onay</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>what was shared (nothing yet)</source>
        <translation>paylaşımlar (henüz yok)</translation>
    </message>
    <message numerus="yes">
        <source>what was shared (%n time(s))</source>
        <translation>
            <numerusform>paylaşımlar (%n kez)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation>Kopyayı kaydet</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>PDF için var olan bir klasör seçin.</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Kopya yazılıyor…</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register as given to the newcomer:</source>
        <translation>Kaydedildi ve paylaşım kaydına yeni gelene verildi olarak işlendi:</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>Yeni gelen için kopya</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <source>The copy is in this language with the Dutch beside it (Dutch alone when Dutch is chosen).</source>
        <translation>Kopya bu dilde olur, yanında Felemenkçesi bulunur (Felemenkçe seçilirse yalnızca Felemenkçe).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;eç…</translation>
    </message>
    <message>
        <source>The PDF holds everything, your private notes too. Give it only to this newcomer. It is recorded in the disclosure register as given to them.</source>
        <translation>PDF her şeyi, özel notlarınızı da içerir. Yalnızca bu yeni gelene verin. Paylaşım kaydına ona verildi olarak işlenir.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your case file…</source>
        <translation>Dosyanız açılıyor…</translation>
    </message>
    <message>
        <source>Creating your case file…</source>
        <translation>Dosyanız oluşturuluyor…</translation>
    </message>
    <message>
        <source>Opening the demo…</source>
        <translation>Demo açılıyor…</translation>
    </message>
    <message>
        <source>Making demo data…</source>
        <translation>Demo verileri hazırlanıyor…</translation>
    </message>
    <message>
        <source>Sleutelapp — DEMO (invented people)</source>
        <translation>Sleutelapp — DEMO (uydurma kişiler)</translation>
    </message>
    <message>
        <source>Your unsaved entry is kept and reopens after unlocking.</source>
        <translation>Kaydedilmemiş girişiniz saklandı; kilit açılınca yeniden açılır.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapatılmış</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Tüm yollar</translation>
    </message>
    <message numerus="yes">
        <source>%n+ newcomer(s)</source>
        <translation>
            <numerusform>%n+ yeni gelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n yeni gelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sleutelapp</source>
        <translation>Sleutelapp</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Search newcomers</source>
        <translation>Yeni gelen ara</translation>
    </message>
    <message>
        <source>Search a name or anything written…</source>
        <translation>Bir ad veya yazdığınız herhangi bir şeyi arayın…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Durum filtresi</translation>
    </message>
    <message>
        <source>Route filter</source>
        <translation>Yol filtresi</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Yeni gelenler</translation>
    </message>
    <message>
        <source>New newcomer…</source>
        <translation>Yeni gelen ekle…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Kayıt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;New newcomer…</source>
        <translation>&amp;Yeni gelen ekle…</translation>
    </message>
    <message>
        <source>&amp;Edit newcomer…</source>
        <translation>Yeni geleni &amp;düzenle…</translation>
    </message>
    <message>
        <source>Close or reopen newcomer</source>
        <translation>Yeni geleni kapat veya yeniden aç</translation>
    </message>
    <message>
        <source>Erase newcomer for good…</source>
        <translation>Yeni geleni kalıcı olarak sil…</translation>
    </message>
    <message>
        <source>Summary for the &amp;regisseur (PDF)…</source>
        <translation>&amp;Uyum sorumlusu için rapor (PDF)…</translation>
    </message>
    <message>
        <source>Reports &amp;due for the regisseur…</source>
        <translation>Uyum sorumlusu için zamanı &amp;gelen raporlar…</translation>
    </message>
    <message>
        <source>&amp;Anonymised summary…</source>
        <translation>&amp;Anonim özet…</translation>
    </message>
    <message>
        <source>&amp;Merge summaries…</source>
        <translation>Özetleri &amp;birleştir…</translation>
    </message>
    <message>
        <source>&amp;Hand over to a colleague…</source>
        <translation>&amp;Meslektaşa devret…</translation>
    </message>
    <message>
        <source>Recei&amp;ve a handover…</source>
        <translation>De&amp;vir al…</translation>
    </message>
    <message>
        <source>&amp;Copy for the newcomer (inzage)…</source>
        <translation>Yeni gelen için &amp;kopya (inzage)…</translation>
    </message>
    <message>
        <source>&amp;Papers for the newcomer…</source>
        <translation>Ye&amp;ni gelen için evrak…</translation>
    </message>
    <message>
        <source>Export the agen&amp;da (.ics)…</source>
        <translation>A&amp;jandayı dışa aktar (.ics)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Y&amp;edek al…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Yedeği geri yükle…</translation>
    </message>
    <message>
        <source>Check the case file</source>
        <translation>Dosyayı denetle</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ayarla&amp;r…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>K&amp;ilitle</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;Contact…</source>
        <translation>&amp;Görüşme…</translation>
    </message>
    <message>
        <source>&amp;Appointment…</source>
        <translation>&amp;Randevu…</translation>
    </message>
    <message>
        <source>Ac&amp;tivity…</source>
        <translation>E&amp;tkinlik…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Not…</translation>
    </message>
    <message>
        <source>&amp;Signal…</source>
        <translation>&amp;Sinyal…</translation>
    </message>
    <message>
        <source>Tas&amp;k…</source>
        <translation>Gör&amp;ev…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>Kaydı &amp;düzenle…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Kaydı s&amp;il</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Silmeyi geri &amp;al</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Bugün</translation>
    </message>
    <message>
        <source>A&amp;genda (week and month)</source>
        <translation>A&amp;janda (hafta ve ay)</translation>
    </message>
    <message>
        <source>&amp;Find newcomer</source>
        <translation>Yeni gelen b&amp;ul</translation>
    </message>
    <message>
        <source>&amp;About Sleutelapp</source>
        <translation>Sleutelapp &amp;hakkında</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge summaries</source>
        <translation>Özetleri birleştir</translation>
    </message>
    <message>
        <source>Merge anonymised summaries of the same period into one overview. No case file is needed. A file that is not a valid summary, does not add up, would count twice, comes from a case file already included or covers another period is refused. Each refused file says why.</source>
        <translation>Aynı dönemin anonim özetlerini tek bir genel bakışta birleştirin. Dosya gerekmez. Geçerli bir özet olmayan, toplamları tutmayan, iki kez sayılacak olan, zaten dahil edilmiş bir dosyadan gelen veya başka bir dönemi kapsayan dosya reddedilir. Reddedilen her dosya nedenini söyler.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dosya &amp;ekle…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>Listeden &amp;kaldır</translation>
    </message>
    <message>
        <source>Summaries to merge</source>
        <translation>Birleştirilecek özetler</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tablo</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Also save a PDF overview with charts</source>
        <translation>Grafikli bir PDF genel bakış da kaydet</translation>
    </message>
    <message>
        <source>Save merged…</source>
        <translation>Birleştirileni kaydet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Choose summaries</source>
        <translation>Özetleri seçin</translation>
    </message>
    <message>
        <source>Summaries (*.json)</source>
        <translation>Özetler (*.json)</translation>
    </message>
    <message>
        <source>Checking files…</source>
        <translation>Dosyalar denetleniyor…</translation>
    </message>
    <message>
        <source>No valid summaries chosen yet.</source>
        <translation>Henüz geçerli özet seçilmedi.</translation>
    </message>
    <message numerus="yes">
        <source>Overview of {0} from %n summary(ies): {1} newcomers counted.</source>
        <translation>
            <numerusform>%n özetten {0} genel bakışı: {1} yeni gelen sayıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused: not counted.</source>
        <translation>
            <numerusform>%n dosya reddedildi: sayılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save merged overview</source>
        <translation>Birleştirilen genel bakışı kaydet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>The file could not be written: {0}.</source>
        <translation>Dosya yazılamadı: {0}.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
</context>
<context>
    <name>MinutesField</name>
    <message>
        <source>for example 30</source>
        <translation>örneğin 30</translation>
    </message>
    <message>
        <source>Type whole minutes, like 30 or 90 (or 1:30).</source>
        <translation>Tam dakika yazın, örneğin 30 veya 90 (ya da 1:30).</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>January</source>
        <translation>Ocak</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Şubat</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Nisan</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mayıs</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Haziran</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Temmuz</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Ağustos</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Eylül</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Ekim</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Kasım</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Aralık</translation>
    </message>
</context>
<context>
    <name>NewcomerCard</name>
    <message>
        <source>asking consent (GDPR art. 7)</source>
        <translation>onay isteme (AVG madde 7)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Onay</translation>
    </message>
    <message>
        <source>A report about you for the municipality</source>
        <translation>Belediye için hakkınızda bir rapor</translation>
    </message>
    <message>
        <source>What: a short report with your name, your learning route, when your integration period ends, your appointments (not what they were about), your activities and problems that need help. Never your phone number, your private conversations with your key person or medical details.</source>
        <translation>Ne: adınız, öğrenme yolunuz, uyum sürenizin (termijn) ne zaman bittiği, randevularınız (konuları değil), etkinlikleriniz ve yardım gereken sorunlarınız olan kısa bir rapor. Telefon numaranız, anahtar kişinizle özel konuşmalarınız ve tıbbi bilgileriniz asla bu raporda yer almaz.</translation>
    </message>
    <message>
        <source>With whom: your integration officer (regisseur) at the municipality.</source>
        <translation>Kiminle: belediyedeki uyum sorumlunuz (inburgeringsregisseur).</translation>
    </message>
    <message>
        <source>Why: so the municipality knows how you are doing and can help you in time.</source>
        <translation>Neden: belediye nasıl olduğunuzu bilsin ve size zamanında yardım edebilsin diye.</translation>
    </message>
    <message>
        <source>Your care appointments in that report</source>
        <translation>O rapordaki sağlık randevularınız</translation>
    </message>
    <message>
        <source>What: only how many care appointments you had (doctor, hospital, dentist). Never which doctor, or why.</source>
        <translation>Ne: yalnızca kaç sağlık randevunuz olduğu (doktor, hastane, diş hekimi). Hangi doktora veya neden gittiğiniz asla yazılmaz.</translation>
    </message>
    <message>
        <source>With whom: your integration officer, in the same report.</source>
        <translation>Kiminle: uyum sorumlunuz, aynı raporda.</translation>
    </message>
    <message>
        <source>Why: so the municipality understands when care takes time, for example when you need more time for your integration.</source>
        <translation>Neden: sağlığınızla ilgili işler zaman alıyorsa belediye bunu anlasın diye; örneğin uyum için daha fazla zamana ihtiyacınız olduğunda.</translation>
    </message>
    <message>
        <source>Counted in overviews without your name</source>
        <translation>Adınız olmadan özetlerde sayılmak</translation>
    </message>
    <message>
        <source>What: numbers only, for example hours of activities, added up with many other newcomers. No name, no dates, nothing anyone can trace back to you.</source>
        <translation>Ne: yalnızca sayılar, örneğin etkinlik saatleri; bunlar birçok başka yeni gelenin sayılarıyla toplanır. Ad yok, tarih yok; kimsenin sizinle ilişkilendirebileceği hiçbir şey yok.</translation>
    </message>
    <message>
        <source>With whom: the municipality or the organisation that coordinates the key persons.</source>
        <translation>Kiminle: belediye veya anahtar kişileri koordine eden kuruluş.</translation>
    </message>
    <message>
        <source>Why: to make the help for newcomers better.</source>
        <translation>Neden: yeni gelenlere verilen yardımı daha iyi hale getirmek için.</translation>
    </message>
    <message>
        <source>For: {0}</source>
        <translation>Kimin için: {0}</translation>
    </message>
    <message>
        <source>Your key person keeps notes to help you. Some of it may only be shared when you agree. Read each part, or ask someone to read it with you, and tick yes or no.</source>
        <translation>Anahtar kişiniz size yardım etmek için notlar tutar. Bunların bazıları ancak siz kabul ederseniz paylaşılabilir. Her bölümü okuyun veya birinden sizinle birlikte okumasını isteyin; sonra evet ya da hayır kutusunu işaretleyin.</translation>
    </message>
    <message>
        <source>You may say no. Saying no changes nothing in the help you get from your key person.</source>
        <translation>Hayır diyebilirsiniz. Hayır demeniz, anahtar kişinizden aldığınız yardımda hiçbir şeyi değiştirmez.</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Evet, kabul ediyorum</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>Hayır, kabul etmiyorum</translation>
    </message>
    <message>
        <source>Changing your mind</source>
        <translation>Fikrinizi değiştirirseniz</translation>
    </message>
    <message>
        <source>You can take back your consent at any time, as easily as you gave it: tell your key person, by phone, by message or in person. After that nothing new is shared. What was shared before stays with whoever received it.</source>
        <translation>Onayınızı istediğiniz zaman, verdiğiniz kadar kolayca geri çekebilirsiniz: anahtar kişinize telefonla, mesajla veya yüz yüze söyleyin. Bundan sonra yeni hiçbir şey paylaşılmaz. Daha önce paylaşılanlar, onları almış olanlarda kalır.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Haklarınız</translation>
    </message>
    <message numerus="yes">
        <source>You may always see what is written about you, have mistakes corrected and have your data erased. Your data is erased %n month(s) after your key person stops helping you. If you are not happy with how your data is handled, you can complain to the Autoriteit Persoonsgegevens.</source>
        <translation>
            <numerusform>Hakkınızda yazılanları her zaman görebilir, hataları düzelttirebilir ve bilgilerinizi sildirebilirsiniz. Anahtar kişiniz size yardım etmeyi bıraktıktan %n ay sonra bilgileriniz silinir. Bilgilerinizin nasıl kullanıldığından memnun değilseniz, Autoriteit Persoonsgegevens&apos;e (Hollanda&apos;nın veri koruma kurumu) şikâyette bulunabilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible for your data:</source>
        <translation>Bilgilerinizden sorumlu olan:</translation>
    </message>
    <message>
        <source>Your key person:</source>
        <translation>Anahtar kişiniz:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Sheet number {0}, made on {1}</source>
        <translation>Form numarası {0}, {1} tarihinde hazırlandı</translation>
    </message>
    <message>
        <source>appointments for the newcomer</source>
        <translation>yeni gelen için randevular</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>Randevularım</translation>
    </message>
    <message>
        <source>Doctor (GP)</source>
        <translation>Aile hekimi (huisarts)</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hastane</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Diş hekimi</translation>
    </message>
    <message>
        <source>Care for how you feel (GGZ)</source>
        <translation>Ruhsal destek (GGZ)</translation>
    </message>
    <message>
        <source>Care appointment</source>
        <translation>Sağlık randevusu</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Okul</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Dil okulu</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Çocuk bakımı</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Belediye</translation>
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
        <translation>İş</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Konut</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>saat {0}</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Nerede:</translation>
    </message>
    <message>
        <source>Where: ask your key person</source>
        <translation>Nerede: anahtar kişinize sorun</translation>
    </message>
    <message>
        <source>Your key person comes with you.</source>
        <translation>Anahtar kişiniz sizinle gelir.</translation>
    </message>
    <message>
        <source>You go on your own.</source>
        <translation>Tek başınıza gidersiniz.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Dikkat:</translation>
    </message>
    <message>
        <source>Your appointments from {0} to {1}</source>
        <translation>{0} ile {1} arasındaki randevularınız</translation>
    </message>
    <message>
        <source>You have no appointments in these weeks.</source>
        <translation>Bu haftalarda randevunuz yok.</translation>
    </message>
    <message>
        <source>Questions, or you cannot come? Call or message your key person:</source>
        <translation>Sorunuz mu var veya gelemiyor musunuz? Anahtar kişinizi arayın veya mesaj gönderin:</translation>
    </message>
    <message>
        <source>Ask your key person for their phone number.</source>
        <translation>Anahtar kişinizden telefon numarasını isteyin.</translation>
    </message>
    <message>
        <source>Take this paper and your ID with you. Come a few minutes early.</source>
        <translation>Bu kâğıdı ve kimliğinizi yanınıza alın. Birkaç dakika erken gelin.</translation>
    </message>
    <message>
        <source>the newcomer themself</source>
        <translation>yeni gelenin kendisi</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Pazartesi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Salı</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Çarşamba</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Perşembe</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Cuma</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Cumartesi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Pazar</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sayfa {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>NewcomerDialog</name>
    <message>
        <source>months</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>New newcomer</source>
        <translation>Yeni gelen ekle</translation>
    </message>
    <message>
        <source>Edit newcomer</source>
        <translation>Yeni geleni düzenle</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Karar tarihi</translation>
    </message>
    <message>
        <source>As in the settings (every month)</source>
        <translation>Ayarlardaki gibi (her ay)</translation>
    </message>
    <message>
        <source>As in the settings (every quarter)</source>
        <translation>Ayarlardaki gibi (her çeyrek yıl)</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Her çeyrek yıl</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Her ay</translation>
    </message>
    <message>
        <source>Discard these details?</source>
        <translation>Bu bilgiler silinsin mi?</translation>
    </message>
    <message>
        <source>You typed something that is not saved yet. Throw it away?</source>
        <translation>Henüz kaydedilmemiş bir şey yazdınız. Silmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Choose Cancel to go back and save it.</source>
        <translation>Geri dönüp kaydetmek için İptal&apos;i seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ay</numerusform>
        </translation>
    </message>
    <message>
        <source>(decided {0})</source>
        <translation>(karar {0})</translation>
    </message>
    <message>
        <source>Fill in the date the termijn started, like 15-03-2024.</source>
        <translation>Uyum süresinin (termijn) başladığı tarihi girin, örneğin 15-03-2024.</translation>
    </message>
    <message>
        <source>Fill in a name.</source>
        <translation>Bir ad girin.</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>Yeni gelen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Called</source>
        <translation>&amp;Hitap adı</translation>
    </message>
    <message>
        <source>short name shown on screen (optional)</source>
        <translation>ekranda görünen kısa ad (isteğe bağlı)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Language(s)</source>
        <translation>D&amp;il(ler)</translation>
    </message>
    <message>
        <source>Language of the &amp;papers</source>
        <translation>&amp;Evrakın dili</translation>
    </message>
    <message>
        <source>The language of the papers for the newcomer (appointments, consent sheet); Dutch is printed beside it.</source>
        <translation>Yeni gelen için evrakın dili (randevular, onay formu); yanında Felemenkçesi de basılır.</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Yol</translation>
    </message>
    <message>
        <source>&amp;Termijn started on</source>
        <translation>Uyum &amp;süresi başlangıcı</translation>
    </message>
    <message>
        <source>known:</source>
        <translation>bilinen:</translation>
    </message>
    <message>
        <source>Termijn started on</source>
        <translation>Uyum süresi başlangıcı</translation>
    </message>
    <message>
        <source>&amp;Municipality reference</source>
        <translation>&amp;Belediye referansı</translation>
    </message>
    <message>
        <source>Re&amp;gisseur</source>
        <translation>&amp;Uyum sorumlusu</translation>
    </message>
    <message>
        <source>name and e-mail of the inburgeringsregisseur</source>
        <translation>inburgeringsregisseur&apos;ün adı ve e-postası</translation>
    </message>
    <message>
        <source>C&amp;oaches</source>
        <translation>&amp;Koçlar</translation>
    </message>
    <message>
        <source>Language &amp;school</source>
        <translation>Dil &amp;okulu</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>Du&amp;rum</translation>
    </message>
    <message>
        <source>Reports to the regisseur, &amp;how often</source>
        <translation>Uyum sorumlusuna rapor: &amp;ne sıklıkta</translation>
    </message>
    <message>
        <source>Extensions of the termijn granted by DUO</source>
        <translation>DUO&apos;nun kabul ettiği uyum süresi uzatmaları</translation>
    </message>
    <message>
        <source>Months of extension</source>
        <translation>Uzatma ayı</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Uzatmanın nedeni</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>neden</translation>
    </message>
    <message>
        <source>Extension decided on</source>
        <translation>Uzatma karar tarihi</translation>
    </message>
    <message>
        <source>Add extension</source>
        <translation>Uzatma ekle</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Seçileni kaldır</translation>
    </message>
    <message>
        <source>Sleutelapp deliberately has no field for a BSN, ID documents, nationality or religion.</source>
        <translation>Sleutelapp&apos;te bilerek BSN, kimlik belgeleri, uyruk veya din için bir alan yoktur.</translation>
    </message>
</context>
<context>
    <name>NewcomerListModel</name>
    <message>
        <source>Last contact: {0}</source>
        <translation>Son görüşme: {0}</translation>
    </message>
    <message>
        <source>No contact recorded yet</source>
        <translation>Henüz görüşme kaydı yok</translation>
    </message>
    <message>
        <source>30+ days: no contact for 30 days or more (since they were added). Counted: contacts, appointments you went along to that took place, and activities done together.</source>
        <translation>30+ gün: 30 gün veya daha uzun süredir görüşme yok (yeni gelen eklendiğinden beri). Sayılanlar: görüşmeler, birlikte gittiğiniz ve gerçekleşen randevular, birlikte yaptığınız etkinlikler.</translation>
    </message>
    <message>
        <source>Termijn ends: {0}</source>
        <translation>Uyum süresinin sonu: {0}</translation>
    </message>
    <message>
        <source>Found in: {0} {1} — {2}</source>
        <translation>Bulunduğu yer: {0} {1} — {2}</translation>
    </message>
    <message>
        <source>termijn</source>
        <translation>uyum süresi</translation>
    </message>
    <message>
        <source>30+ days</source>
        <translation>30+ gün</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>kapatıldı</translation>
    </message>
</context>
<context>
    <name>NewcomerView</name>
    <message>
        <source>Everything</source>
        <translation>Tümü</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden by the filter</source>
        <translation>
            <numerusform>%n kayıt filtre nedeniyle gizli</numerusform>
        </translation>
    </message>
    <message>
        <source>closed on {0}</source>
        <translation>{0} tarihinde kapatıldı</translation>
    </message>
    <message>
        <source>Route: {0}</source>
        <translation>Yol: {0}</translation>
    </message>
    <message>
        <source>Termijn: start date not known</source>
        <translation>Uyum süresi: başlangıcı bilinmiyor</translation>
    </message>
    <message numerus="yes">
        <source>Termijn ends {0} — %n day(s) left</source>
        <translation>
            <numerusform>Uyum süresi {0} tarihinde bitiyor — %n gün kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Termijn ended {0}</source>
        <translation>Uyum süresi {0} tarihinde bitti</translation>
    </message>
    <message>
        <source>Consent: {0}</source>
        <translation>Onay: {0}</translation>
    </message>
    <message>
        <source>Consent: none recorded</source>
        <translation>Onay: kayıtlı değil</translation>
    </message>
    <message>
        <source>{0} {1} / {2} h</source>
        <translation>{0} {1} / {2} sa</translation>
    </message>
    <message>
        <source>Norms: {0}</source>
        <translation>Normlar: {0}</translation>
    </message>
    <message>
        <source>This route has no hour norms.</source>
        <translation>Bu yolun saat normu yok.</translation>
    </message>
    <message>
        <source>{0} {1} h</source>
        <translation>{0} {1} sa</translation>
    </message>
    <message>
        <source>Participation: {0}</source>
        <translation>Katılım: {0}</translation>
    </message>
    <message>
        <source>Participation: no hours logged yet</source>
        <translation>Katılım: henüz saat girilmedi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Hitap adı</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language(s)</source>
        <translation>Dil(ler)</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>Evrakın dili</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Termijn started</source>
        <translation>Uyum süresi başlangıcı</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Uzatmalar</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ay</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>Belediye referansı</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Uyum sorumlusu</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Koçlar</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Dil okulu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman akışı</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profili düzenle…</translation>
    </message>
    <message>
        <source>Papers for the newcomer…</source>
        <translation>Yeni gelen için evrak…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Onaylar</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Onay kaydet…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Geri çek…</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Paylaşımlar</translation>
    </message>
    <message>
        <source>Everything about this newcomer that left this computer.</source>
        <translation>Bu yeni gelenle ilgili bu bilgisayardan çıkan her şey.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Paylaşımlar</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Uzatma</translation>
    </message>
    <message>
        <source>Requests to DUO for more time. A granted extension moves the end of the termijn.</source>
        <translation>DUO&apos;ya ek süre başvuruları. Kabul edilen bir uzatma, uyum süresinin sonunu ileri alır.</translation>
    </message>
    <message>
        <source>Extension requests</source>
        <translation>Uzatma başvuruları</translation>
    </message>
    <message>
        <source>Request an extension…</source>
        <translation>Uzatma başvurusu yap…</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>Kararı kaydet…</translation>
    </message>
</context>
<context>
    <name>Number</name>
    <message>
        <source>.</source>
        <comment>the decimal mark, as in 0.6</comment>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <source>appointments</source>
        <translation>randevular</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>onay</translation>
    </message>
    <message>
        <source>Newcomer: {0}</source>
        <translation>Yeni gelen: {0}</translation>
    </message>
    <message>
        <source>My appointments (the coming weeks)</source>
        <translation>Randevularım (önümüzdeki haftalar)</translation>
    </message>
    <message>
        <source>Consent sheet to sign</source>
        <translation>İmzalanacak onay formu</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>hafta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The planned appointments of the coming weeks: day, time, place, what it is and whether you go along, and how to reach you. Private notes and texts not marked shareable are left out.</source>
        <translation>Önümüzdeki haftaların planlanmış randevuları: gün, saat, yer, randevunun ne olduğu, eşlik edip etmediğiniz ve yeni gelenin size nasıl ulaşabileceği. Özel notlar ve paylaşılabilir olarak işaretlenmemiş metinler yer almaz.</translation>
    </message>
    <message>
        <source>Every consent in plain words: what is shared, with whom and why, how to say no or withdraw later, with a place to sign. When the newcomer has signed, record the consent as signed on this sheet.</source>
        <translation>Her onay basit sözcüklerle: ne paylaşılır, kiminle ve neden; yeni gelen nasıl hayır diyebilir veya onayını sonradan nasıl geri çekebilir. İmza için bir yer de vardır. Yeni gelen imzaladığında, onayı bu formda imzalandı olarak kaydedin.</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>Evrakı kaydet</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>PDF için var olan bir klasör seçin.</translation>
    </message>
    <message>
        <source>Writing the paper…</source>
        <translation>Evrak yazılıyor…</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register as given to the newcomer:</source>
        <translation>Kaydedildi ve paylaşım kaydına yeni gelene verildi olarak işlendi:</translation>
    </message>
    <message>
        <source>Papers for the newcomer</source>
        <translation>Yeni gelen için evrak</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>E&amp;vrak</translation>
    </message>
    <message>
        <source>&amp;Weeks ahead</source>
        <translation>İleriki &amp;haftalar</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>İleriki haftalar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;eç…</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>the passphrase needs at least {0} characters</source>
        <translation>parola en az {0} karakter olmalı</translation>
    </message>
    <message>
        <source>the passphrase has too few different characters</source>
        <translation>parolada çok az farklı karakter var</translation>
    </message>
    <message>
        <source>this passphrase is on the list of passwords that are tried first; choose four unrelated words, like &apos;bicycle moon coffee garden&apos;</source>
        <translation>bu parola ilk denenen şifreler listesinde; birbiriyle ilgisiz dört kelime seçin, örneğin &apos;bisiklet ay kahve bahçe&apos;</translation>
    </message>
    <message>
        <source>this passphrase is too easy to guess; make it longer, for example four unrelated words</source>
        <translation>bu parola kolay tahmin edilir; daha uzun yapın, örneğin birbiriyle ilgisiz dört kelime</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>İki parola aynı değil.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Parola değiştiriliyor…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Parolayı değiştir</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Yeni parola</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Tekrar</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Çok zayıf</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zayıf</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Güçlü</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Çok güçlü</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Q{0} {1}</source>
        <translation>{0}. çeyrek {1}</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <source>Mark &amp;done / resolved</source>
        <translation>&amp;Yapıldı / çözüldü olarak işaretle</translation>
    </message>
    <message>
        <source>Mark as &amp;no-show</source>
        <translation>&amp;Gelmedi olarak işaretle</translation>
    </message>
    <message>
        <source>Mark as &amp;cancelled</source>
        <translation>İ&amp;ptal edildi olarak işaretle</translation>
    </message>
    <message>
        <source>Select an appointment, a task or a signal first.</source>
        <translation>Önce bir randevu, görev veya sinyal seçin.</translation>
    </message>
    <message>
        <source>{0} marked as {1}.</source>
        <translation>{0}, {1} olarak işaretlendi.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Open a handover file</source>
        <translation>Devir dosyasını aç</translation>
    </message>
    <message>
        <source>Choose the handover file first.</source>
        <translation>Önce devir dosyasını seçin.</translation>
    </message>
    <message>
        <source>Opening and checking the handover…</source>
        <translation>Devir dosyası açılıyor ve denetleniyor…</translation>
    </message>
    <message>
        <source>Received {0} with {1}.</source>
        <translation>{0} alındı, {1} ile birlikte.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s)</source>
        <translation>
            <numerusform>%n yeni gelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n kayıt</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive a handover</source>
        <translation>Devir al</translation>
    </message>
    <message>
        <source>Choose the handover file from your colleague and type the transfer code they gave you. Everything is added to your case file at once, or nothing.</source>
        <translation>Meslektaşınızdan gelen devir dosyasını seçin ve size verdiği devir kodunu yazın. Her şey dosyanıza tek seferde eklenir ya da hiçbir şey eklenmez.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;eç…</translation>
    </message>
    <message>
        <source>Transfer &amp;code</source>
        <translation>Devir &amp;kodu</translation>
    </message>
</context>
<context>
    <name>RecipientNotice</name>
    <message>
        <source>Summary for the regisseur</source>
        <translation>Uyum sorumlusu için rapor</translation>
    </message>
    <message>
        <source>Anonymised summary</source>
        <translation>Anonim özet</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Veri dışa aktarma</translation>
    </message>
    <message>
        <source>Handover to a colleague</source>
        <translation>Meslektaşa devir</translation>
    </message>
    <message>
        <source>Copy for the newcomer</source>
        <translation>Yeni gelen için kopya</translation>
    </message>
    <message>
        <source>Agenda for your calendar</source>
        <translation>Takviminiz için ajanda</translation>
    </message>
    <message>
        <source>Week of the agenda on paper</source>
        <translation>Kâğıt üzerinde ajanda haftası</translation>
    </message>
    <message>
        <source>Appointments on paper for the newcomer</source>
        <translation>Yeni gelen için kâğıt üzerinde randevular</translation>
    </message>
    <message>
        <source>Consent sheet for the newcomer</source>
        <translation>Yeni gelen için onay formu</translation>
    </message>
    <message>
        <source>This data was shared before. Tell these recipients about the correction, so they can correct their copy too:</source>
        <translation>Bu veriler daha önce paylaşıldı. Şu alıcılara düzeltmeyi bildirin, böylece onlar da kendi kopyalarını düzeltebilir:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot passphrase</source>
        <translation>Parolamı unuttum</translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery sheet printed when this case file was made, and choose a new passphrase.</source>
        <translation>Bu dosya oluşturulduğunda yazdırılan kurtarma sayfasındaki kurtarma anahtarını yazın ve yeni bir parola seçin.</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Kurtarma anahtarı</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Yeni parola</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Tekrar</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Yeni parolayı ayarla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>İki parola aynı değil.</translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation>Yeni parola ayarlanıyor…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Yeni kurtarma anahtarı</translation>
    </message>
    <message>
        <source>This is the new recovery key. It is shown only once. Print the recovery sheet or write the key down and give it to your organisation. The old recovery key no longer opens this case file (it still opens older backups).</source>
        <translation>Bu yeni kurtarma anahtarıdır. Yalnızca bir kez gösterilir. Kurtarma sayfasını yazdırın veya anahtarı yazıp kuruluşunuza verin. Eski kurtarma anahtarı artık bu dosyayı açmaz (eski yedekleri hâlâ açar).</translation>
    </message>
    <message>
        <source>Print/Save as PDF…</source>
        <translation>Yazdır/PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>I wrote down or printed the recovery key</source>
        <translation>Kurtarma anahtarını yazdım veya yazdırdım</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>kurtarma-anahtari.pdf</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Kurtarma sayfasını kaydet</translation>
    </message>
    <message>
        <source>Type your passphrase to make a new recovery key:</source>
        <translation>Yeni bir kurtarma anahtarı yapmak için parolanızı yazın:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Parola denetleniyor…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Kurtarma sayfasını kaydet</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>kurtarma-anahtari.pdf</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Kurtarma anahtarınız</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this recovery key is the only way back into your case file. It is shown only now. Write it down or print it, and give it to your organisation to keep in a safe place.</source>
        <translation>Parolanızı bir gün unutursanız dosyanıza geri dönmenin tek yolu bu kurtarma anahtarıdır. Anahtar yalnızca şimdi gösterilir. Bir yere yazın veya yazdırın ve güvenli bir yerde saklaması için kuruluşunuza verin.</translation>
    </message>
    <message>
        <source>Print / save as PDF…</source>
        <translation>Yazdır / PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>Kurtarma anahtarını yazdım veya yazdırdım</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Sleutelapp recovery key</source>
        <translation>Sleutelapp kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place, away from the laptop.</source>
        <translation>Bu sayfayı dizüstü bilgisayardan uzakta, güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Oluşturma tarihi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>Anahtar kişi</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>Bu nedir?</translation>
    </message>
    <message>
        <source>This key opens the encrypted Sleutelapp case file when the passphrase is forgotten. Whoever has this key and the case file (or a backup) can read all of it. Treat the sheet like the key of a filing cabinet: locked away, not in the laptop bag, never photographed.</source>
        <translation>Bu anahtar, parola unutulduğunda şifreli Sleutelapp dosyasını açar. Bu anahtara ve dosyaya (veya bir yedeğe) sahip olan herkes dosyanın tamamını okuyabilir. Sayfaya bir dosya dolabının anahtarı gibi davranın: kilit altında, dizüstü bilgisayar çantasında değil, asla fotoğrafı çekilmeden.</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>Parolayı mı unuttunuz?</translation>
    </message>
    <message>
        <source>Start Sleutelapp and choose &lt;b&gt;Forgot passphrase?&lt;/b&gt; on the unlock screen.</source>
        <translation>Sleutelapp&apos;i başlatın ve kilit açma ekranında &lt;b&gt;Parolanızı mı unuttunuz?&lt;/b&gt; seçeneğini seçin.</translation>
    </message>
    <message>
        <source>Type the recovery key. Dashes, spaces and capitals do not matter.</source>
        <translation>Kurtarma anahtarını yazın. Tireler, boşluklar ve büyük harfler önemli değil.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. The recovery key stays valid afterwards.</source>
        <translation>Yeni bir parola seçin. Kurtarma anahtarı bundan sonra da geçerli kalır.</translation>
    </message>
    <message>
        <source>A backup can be restored with this key too (&lt;b&gt;Restore backup&lt;/b&gt;, or &lt;i&gt;sleutelapp restore FILE --recovery-key-file&lt;/i&gt;).</source>
        <translation>Bir yedek de bu anahtarla geri yüklenebilir (&lt;b&gt;Yedeği geri yükle&lt;/b&gt; veya &lt;i&gt;sleutelapp restore FILE --recovery-key-file&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Made a new recovery key?</source>
        <translation>Yeni bir kurtarma anahtarı mı yaptınız?</translation>
    </message>
    <message>
        <source>Then this key no longer opens the case file (it still opens older backups). Keep the new sheet and destroy this one only when no old backups are needed.</source>
        <translation>O zaman bu anahtar artık dosyayı açmaz (eski yedekleri hâlâ açar). Yeni sayfayı saklayın ve bunu yalnızca eski yedeklere artık gerek kalmadığında imha edin.</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>Saklayan</translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation>Saklandığı yer</translation>
    </message>
    <message>
        <source>Sleutelapp · recovery key · confidential</source>
        <translation>Sleutelapp · kurtarma anahtarı · gizli</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sayfa {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>RegisseurReport</name>
    <message>
        <source>Following the progress of civic integration (Civic Integration Act 2021), with the newcomer&apos;s consent</source>
        <translation>Uyum sürecindeki ilerlemenin izlenmesi (Wet inburgering 2021), yeni gelenin onayıyla</translation>
    </message>
    <message>
        <source>This report holds only what the newcomer has allowed. Private notes, phone number, language, places of appointments and medical data are never shared; health appointments are at most counted, with separate consent.</source>
        <translation>Bu rapor yalnızca yeni gelenin izin verdiği bilgileri içerir. Özel notlar, telefon numarası, dil, randevu yerleri ve tıbbi veriler asla paylaşılmaz; sağlık randevuları ayrı bir onayla en fazla sayı olarak verilir.</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(doldurulmadı)</translation>
    </message>
    <message>
        <source>{start} up to and including {end}</source>
        <translation>{start} – {end} (dahil)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>{text} … [shortened: {cut} characters not included]</source>
        <translation>{text} … [kısaltıldı: {cut} karakter dahil edilmedi]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>No shared notes in this period.</source>
        <translation>Bu dönemde paylaşılan not yok.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Açık görevler</translation>
    </message>
    <message>
        <source>No shared open tasks.</source>
        <translation>Paylaşılan açık görev yok.</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — personal data, only for the addressee</source>
        <translation>GİZLİ — kişisel veriler, yalnızca alıcı için</translation>
    </message>
    <message>
        <source>Report for the regisseur</source>
        <translation>Uyum sorumlusu için rapor</translation>
    </message>
    <message>
        <source>Period {period}</source>
        <translation>Dönem {period}</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Sorumlu kuruluş</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>Anahtar kişi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hazırlandığı tarih</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Onayın verildiği tarih</translation>
    </message>
    <message>
        <source>Unknown (start date of the term not filled in)</source>
        <translation>Bilinmiyor (uyum süresinin başlangıç tarihi girilmedi)</translation>
    </message>
    <message>
        <source>{date} (passed, {days} ago)</source>
        <translation>{date} (geçti, {days} önce)</translation>
    </message>
    <message>
        <source>{date} ({days} left)</source>
        <translation>{date} ({days} kaldı)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Municipality reference</source>
        <translation>Belediye referansı</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Start of the civic integration term</source>
        <translation>Uyum süresi başlangıcı</translation>
    </message>
    <message>
        <source>End of the civic integration term</source>
        <translation>Uyum süresi sonu</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ay</numerusform>
        </translation>
    </message>
    <message>
        <source> (decision {date})</source>
        <translation> (karar {date})</translation>
    </message>
    <message>
        <source>Extensions (granted)</source>
        <translation>Uzatmalar (kabul edilen)</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>Yeni gelen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Görüşme</translation>
    </message>
    <message>
        <source>No contact moments in this period.</source>
        <translation>Bu dönemde görüşme yok.</translation>
    </message>
    <message>
        <source>{count} in this period.</source>
        <translation>Bu dönemde {count}.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Randevular</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Eşlik edildi</translation>
    </message>
    <message>
        <source>No appointments (outside health care) in this period.</source>
        <translation>Bu dönemde (sağlık dışında) randevu yok.</translation>
    </message>
    <message>
        <source>Health appointments in this period: {count} (only the number, with the newcomer&apos;s consent).</source>
        <translation>Bu dönemdeki sağlık randevuları: {count} (yalnızca sayı, yeni gelenin onayıyla).</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <source>No activities in this period.</source>
        <translation>Bu dönemde etkinlik yok.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Kez</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>h</source>
        <comment>hours</comment>
        <translation>sa</translation>
    </message>
    <message>
        <source>Hours in this period against the norms of the route (the norms apply to the whole term):</source>
        <translation>Bu dönemdeki saatler, yolun normlarıyla karşılaştırmalı (normlar tüm uyum süresi için geçerlidir):</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Bileşen</translation>
    </message>
    <message>
        <source>Hours this period</source>
        <translation>Bu dönemdeki saatler</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>at least {hours}</source>
        <translation>en az {hours}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Sinyaller</translation>
    </message>
    <message>
        <source>No signals in this period.</source>
        <translation>Bu dönemde sinyal yok.</translation>
    </message>
    <message>
        <source>{open} open, {resolved} resolved.</source>
        <translation>{open} açık, {resolved} çözüldü.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Confidential · Report for the regisseur · {period}</source>
        <translation>Gizli · Uyum sorumlusu için rapor · {period}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sayfa {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Tomorrow at {0}: appointment with {1}, you go along.</source>
        <translation>Yarın saat {0}: {1} ile randevu, eşlik ediyorsunuz.</translation>
    </message>
    <message>
        <source>Tomorrow: appointment with {0}, you go along.</source>
        <translation>Yarın: {0} ile randevu, eşlik ediyorsunuz.</translation>
    </message>
    <message>
        <source>Today at {0}: appointment with {1}, you go along.</source>
        <translation>Bugün saat {0}: {1} ile randevu, eşlik ediyorsunuz.</translation>
    </message>
    <message>
        <source>Today: appointment with {0}, you go along.</source>
        <translation>Bugün: {0} ile randevu, eşlik ediyorsunuz.</translation>
    </message>
    <message numerus="yes">
        <source>Since you last closed the app: %n appointment(s)</source>
        <translation>
            <numerusform>Uygulamayı son kapattığınızdan beri: %n randevu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n task(s) came due. See Today and the agenda.</source>
        <translation>
            <numerusform>ve %n görevin zamanı geldi. Bugün ekranına ve ajandaya bakın.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Last month</source>
        <translation>Geçen ay</translation>
    </message>
    <message>
        <source>This month (up to today)</source>
        <translation>Bu ay (bugüne kadar)</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Geçen çeyrek yıl</translation>
    </message>
    <message>
        <source>Since last report</source>
        <translation>Son rapordan beri</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Kendim seçeyim</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Raporun önizlemesi</translation>
    </message>
    <message>
        <source>Newcomer: {0}</source>
        <translation>Yeni gelen: {0}</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Kaydet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>No report was made yet; choose a period.</source>
        <translation>Henüz rapor yapılmadı; bir dönem seçin.</translation>
    </message>
    <message>
        <source>Type both dates as dd-mm-yyyy, like 15-03-2026.</source>
        <translation>İki tarihi de gg-aa-yyyy olarak yazın, örneğin 15-03-2026.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Bitiş tarihi başlangıç tarihinden önce.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Önizleme hazırlanıyor…</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n entry(s) go into the report.</source>
        <translation>
            <numerusform>%n kayıttan {0} tanesi rapora giriyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent given on {0}; health appointments are counted only.</source>
        <translation>Onay {0} tarihinde verildi; sağlık randevuları yalnızca sayılır.</translation>
    </message>
    <message>
        <source>Consent given on {0}; health appointments stay out (no consent).</source>
        <translation>Onay {0} tarihinde verildi; sağlık randevuları dışarıda kalır (onay yok).</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Raporu kaydet</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Rapor kaydediliyor…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>The file could not be written: {0}. Nothing was recorded.</source>
        <translation>Dosya yazılamadı: {0}. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Saved with a password and recorded in the disclosure register:
{0}</source>
        <translation>Şifreyle kaydedildi ve paylaşım kaydına işlendi:
{0}</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register:
{0}</source>
        <translation>Kaydedildi ve paylaşım kaydına işlendi:
{0}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Report for the regisseur</source>
        <translation>Uyum sorumlusu için rapor</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Dönem</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Başlangıç</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>bi&amp;tiş (dahil)</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Alıcı</translation>
    </message>
    <message>
        <source>name of the inburgeringsregisseur</source>
        <translation>uyum sorumlusunun (inburgeringsregisseur) adı</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>Ş&amp;ifre (isteğe bağlı)</translation>
    </message>
    <message>
        <source>empty = no password</source>
        <translation>boş = şifresiz</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>&amp;Everything of this period — uncheck what must stay out:</source>
        <translation>Bu dönemdeki &amp;her şey — dışarıda kalması gerekenlerin işaretini kaldırın:</translation>
    </message>
    <message>
        <source>Preview: exactly the file that will be saved.</source>
        <translation>Önizleme: tam olarak kaydedilecek dosya.</translation>
    </message>
</context>
<context>
    <name>ReportPeriods</name>
    <message>
        <source>quarter {0} of {1}</source>
        <translation>{1} yılı {0}. çeyrek</translation>
    </message>
    <message>
        <source>Report {0} for {1} not made yet</source>
        <translation>{1} için {0} raporu henüz hazırlanmadı</translation>
    </message>
</context>
<context>
    <name>ReportReason</name>
    <message>
        <source>Counted only (channel and topic)</source>
        <translation>Yalnızca sayıldı (kanal ve konu)</translation>
    </message>
    <message>
        <source>Date, type, status and accompanied</source>
        <translation>Tarih, tür, durum ve eşlik</translation>
    </message>
    <message>
        <source>Counted only (health consent)</source>
        <translation>Yalnızca sayıldı (sağlık onayı)</translation>
    </message>
    <message>
        <source>Type and hours</source>
        <translation>Tür ve saat</translation>
    </message>
    <message>
        <source>Type, hours and shareable text</source>
        <translation>Tür, saat ve paylaşılabilir metin</translation>
    </message>
    <message>
        <source>Theme and status (text stays private)</source>
        <translation>Konu ve durum (metin gizli kalır)</translation>
    </message>
    <message>
        <source>Theme, status and shareable text</source>
        <translation>Konu, durum ve paylaşılabilir metin</translation>
    </message>
    <message>
        <source>Shareable note</source>
        <translation>Paylaşılabilir not</translation>
    </message>
    <message>
        <source>Open task, shareable</source>
        <translation>Açık görev, paylaşılabilir</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Özel not</translation>
    </message>
    <message>
        <source>Health, no consent</source>
        <translation>Sağlık, onay yok</translation>
    </message>
    <message>
        <source>Not marked shareable</source>
        <translation>Paylaşılabilir olarak işaretlenmedi</translation>
    </message>
    <message>
        <source>Task is done</source>
        <translation>Görev tamamlandı</translation>
    </message>
    <message>
        <source>Outside the period</source>
        <translation>Dönemin dışında</translation>
    </message>
    <message>
        <source>Left out by you</source>
        <translation>Siz çıkardınız</translation>
    </message>
    <message>
        <source>No consent for a report</source>
        <translation>Rapor için onay yok</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <source>Make a backup</source>
        <translation>Yedek al</translation>
    </message>
    <message>
        <source>Making and checking the backup…</source>
        <translation>Yedek alınıyor ve denetleniyor…</translation>
    </message>
    <message>
        <source>The backup was written and checked.</source>
        <translation>Yedek yazıldı ve denetlendi.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <source>Passphrase of this backup (or the recovery key):</source>
        <translation>Bu yedeğin parolası (veya kurtarma anahtarı):</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Yedek denetleniyor…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Bu yedek geri yüklensin mi?</translation>
    </message>
    <message>
        <source>The current case file is kept as a backup in the backup folder first.</source>
        <translation>Mevcut dosya önce yedek klasöründe yedek olarak saklanır.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Yedek geri yükleniyor…</translation>
    </message>
    <message>
        <source>The previous case file was kept in {0}.</source>
        <translation>Önceki dosya {0} konumunda saklandı.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Yedek geri yüklendi.</translation>
    </message>
    <message>
        <source>Checking the case file…</source>
        <translation>Dosya denetleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>The case file has %n problem(s).</source>
        <translation>
            <numerusform>Dosyada %n sorun var.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make no more changes and restore a backup (Case &gt; Restore backup). The current file is kept when you do.</source>
        <translation>Başka değişiklik yapmayın ve bir yedeği geri yükleyin (Dosya &gt; Yedeği geri yükle). Bunu yaptığınızda mevcut dosya saklanır.</translation>
    </message>
    <message>
        <source>All is well: the case file is intact and encrypted.</source>
        <translation>Her şey yolunda: dosya sağlam ve şifreli.</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s).</source>
        <translation>
            <numerusform>%n yeni gelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All data of this newcomer is erased for good, the search index included. This cannot be undone. Older backups still hold the data.</source>
        <translation>Bu yeni gelenin tüm verileri, arama dizini dahil, kalıcı olarak silinir. Bu geri alınamaz. Eski yedeklerde veriler hâlâ vardır.</translation>
    </message>
    <message>
        <source>Shared before; tell these recipients that the data was erased:</source>
        <translation>Daha önce paylaşıldı; bu alıcılara verilerin silindiğini bildirin:</translation>
    </message>
    <message>
        <source>Erase {0}?</source>
        <translation>{0} silinsin mi?</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Kalıcı olarak sil</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Silindi.</translation>
    </message>
    <message>
        <source>Erased. This data was shared before; tell the recipients it was erased:</source>
        <translation>Silindi. Bu veriler daha önce paylaşılmıştı; alıcılara silindiğini bildirin:</translation>
    </message>
    <message>
        <source>• {0} — closed {1}</source>
        <translation>• {0} — {1} tarihinde kapatıldı</translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) closed more than {0} months ago: their data must be erased now.</source>
        <translation>
            <numerusform>%n yeni gelen {0} aydan uzun süre önce kapatıldı: verileri şimdi silinmelidir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Şimdi sil</translation>
    </message>
    <message>
        <source>If you cancel, the app asks again at the next start.</source>
        <translation>İptal ederseniz, uygulama bir sonraki açılışta yeniden sorar.</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Organisation responsible</source>
        <translation>Sorumlu kuruluş</translation>
    </message>
    <message>
        <source>Organisation contact</source>
        <translation>Kuruluşun iletişim bilgisi</translation>
    </message>
    <message>
        <source>Key person&apos;s name</source>
        <translation>Anahtar kişinin adı</translation>
    </message>
    <message>
        <source>Key person&apos;s contact</source>
        <translation>Anahtar kişinin iletişim bilgisi</translation>
    </message>
    <message>
        <source>Retention after closing (months)</source>
        <translation>Kapatıldıktan sonra saklama (ay)</translation>
    </message>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation>Otomatik kilitleme (dakika sonra)</translation>
    </message>
    <message>
        <source>Smallest group in a summary (newcomers)</source>
        <translation>Özetteki en küçük grup (yeni gelen)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Report for the regisseur: every month or every quarter</source>
        <translation>Uyum sorumlusu için rapor: her ay veya her çeyrek yıl</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Every quarter</source>
        <translation>Her çeyrek yıl</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Her ay</translation>
    </message>
    <message>
        <source>Not available in this version.</source>
        <translation>Bu sürümde yok.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Who is responsible for the data</source>
        <translation>Verilerden kim sorumlu</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Kuruluş</translation>
    </message>
    <message>
        <source>Organisation &amp;contact</source>
        <translation>Kuruluşun &amp;iletişim bilgisi</translation>
    </message>
    <message>
        <source>&amp;Your name (key person)</source>
        <translation>&amp;Adınız (anahtar kişi)</translation>
    </message>
    <message>
        <source>Your c&amp;ontact</source>
        <translation>İletişim &amp;bilginiz</translation>
    </message>
    <message>
        <source>Safety and summaries</source>
        <translation>Güvenlik ve özetler</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes without use)</source>
        <translation>Kilit&amp;leme süresi (kullanılmayan dakika)</translation>
    </message>
    <message>
        <source>&amp;Erase closed newcomers after (months)</source>
        <translation>Kapatılmış yeni gelenleri &amp;sil (kaç ay sonra)</translation>
    </message>
    <message>
        <source>&amp;Minimum newcomers per number (k)</source>
        <translation>Özette en küçük &amp;grup (yeni gelen, k)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Reports to the regisseur, &amp;how often</source>
        <translation>Uyum sorumlusuna rapor: &amp;ne sıklıkta</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Parolayı değiştir…</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Yeni kurtarma anahtarı…</translation>
    </message>
</context>
<context>
    <name>ShortMonth</name>
    <message>
        <source>Jan</source>
        <translation>Oca</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Şub</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Nis</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Haz</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Tem</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Ağu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Eyl</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Eki</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Ara</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Anonymised summary</source>
        <translation>Anonim özet</translation>
    </message>
    <message>
        <source>Period &amp;length</source>
        <translation>Dönem &amp;uzunluğu</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Dönem</translation>
    </message>
    <message>
        <source>&amp;Label (optional)</source>
        <translation>&amp;Etiket (isteğe bağlı)</translation>
    </message>
    <message>
        <source>e.g. North district — no names of people</source>
        <translation>örn. Kuzey semti — kişi adı yok</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tablo</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Also save a PDF (same content)</source>
        <translation>Bir PDF de kaydet (aynı içerik)</translation>
    </message>
    <message>
        <source>Summary (*.json)</source>
        <translation>Özet (*.json)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Çeyrek yıl</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Kaydet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Fixed: this case file makes summaries per {0}.</source>
        <translation>Sabit: bu dosya özetleri {0} başına yapar.</translation>
    </message>
    <message>
        <source>Choose this before the first summary. It is fixed after that, so nobody can subtract summaries from each other.</source>
        <translation>Bunu ilk özetten önce seçin. Sonrasında sabittir, böylece kimse özetleri birbirinden çıkaramaz.</translation>
    </message>
    <message>
        <source>{0} — issued on {1}</source>
        <translation>{0} — {1} tarihinde verildi</translation>
    </message>
    <message>
        <source>There is no ended period to summarise yet.</source>
        <translation>Henüz özetlenecek bitmiş bir dönem yok.</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Özet hazırlanıyor…</translation>
    </message>
    <message>
        <source>{0}: {1} newcomers counted (with consent to anonymised reporting), {2} not counted. A number about fewer than {3} newcomers is not shown.</source>
        <translation>{0}: {1} yeni gelen sayıldı (anonim raporlamaya onay verenler), {2} sayılmadı. {3} kişiden az yeni gelenle ilgili bir sayı gösterilmez.</translation>
    </message>
    <message>
        <source>This period was issued on {0}. You get exactly the same figures as then, with the same label.</source>
        <translation>Bu dönem {0} tarihinde verildi. O zamankiyle tamamen aynı rakamları, aynı etiketle alırsınız.</translation>
    </message>
    <message>
        <source>The data changed since; those changes are not counted here. So nobody can subtract the two overviews from each other.</source>
        <translation>Veriler o zamandan beri değişti; bu değişiklikler burada sayılmaz. Böylece kimse iki özeti birbirinden çıkaramaz.</translation>
    </message>
    <message>
        <source>This is the first summary: saving fixes the period length at {0}.</source>
        <translation>Bu ilk özet: kaydetmek dönem uzunluğunu {0} olarak sabitler.</translation>
    </message>
    <message>
        <source>Change the label</source>
        <translation>Etiketi değiştir</translation>
    </message>
    <message>
        <source>Fix the period length</source>
        <translation>Dönem uzunluğunu sabitle</translation>
    </message>
    <message>
        <source>After this summary, this case file makes summaries per {0} only. You cannot change that later.</source>
        <translation>Bu özetten sonra bu dosya yalnızca {0} başına özet yapar. Bunu daha sonra değiştiremezsiniz.</translation>
    </message>
    <message>
        <source>Fix and save</source>
        <translation>Sabitle ve kaydet</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Özeti kaydet</translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation>Özet kaydediliyor…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>The file could not be written: {0}.</source>
        <translation>Dosya yazılamadı: {0}.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Saved and recorded in the disclosure register:</source>
        <translation>Kaydedildi ve paylaşım kaydına işlendi:</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>Anonymised summary</source>
        <translation>Anonim özet</translation>
    </message>
    <message>
        <source>Merged overview</source>
        <translation>Birleştirilmiş genel bakış</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Newcomers counted</source>
        <translation>Sayılan yeni gelenler</translation>
    </message>
    <message>
        <source>Not counted (no consent)</source>
        <translation>Sayılmayan (onay yok)</translation>
    </message>
    <message>
        <source>Merged from {n} summaries</source>
        <translation>{n} özetten birleştirildi</translation>
    </message>
    <message>
        <source>Smallest group shown: {k} newcomers</source>
        <translation>Gösterilen en küçük grup: {k} yeni gelen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>How to read this overview</source>
        <translation>Bu genel bakış nasıl okunur</translation>
    </message>
    <message>
        <source>What is hidden, and why</source>
        <translation>Ne gizli ve neden</translation>
    </message>
    <message>
        <source>No chart: every number of this chart is hidden (*), because they rest on too few newcomers.</source>
        <translation>Grafik yok: bu grafiğin her sayısı gizli (*), çünkü çok az yeni gelene dayanıyorlar.</translation>
    </message>
    <message>
        <source>No chart: nothing was counted here in this period.</source>
        <translation>Grafik yok: bu dönemde burada hiçbir şey sayılmadı.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Bir bakışta</translation>
    </message>
    <message>
        <source>Participation hours by activity type</source>
        <translation>Etkinlik türüne göre katılım saatleri</translation>
    </message>
    <message>
        <source>Signals by theme (open and resolved)</source>
        <translation>Konuya göre sinyaller (açık ve çözülmüş)</translation>
    </message>
    <message>
        <source>Appointments by type</source>
        <translation>Türe göre randevular</translation>
    </message>
    <message>
        <source>Bars of cells not shown are missing (*); a + bar is a minimum.</source>
        <translation>Gösterilmeyen hücrelerin çubukları eksiktir (*); + işaretli çubuk bir en az değerdir.</translation>
    </message>
    <message>
        <source>Split not shown</source>
        <translation>Dağılım gösterilmedi</translation>
    </message>
    <message>
        <source>Summaries in this overview</source>
        <translation>Bu genel bakıştaki özetler</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(etiket yok)</translation>
    </message>
    <message>
        <source>Sleutelapp · anonymised summary {period}</source>
        <translation>Sleutelapp · anonim özet {period}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sayfa {page} / {pages}</translation>
    </message>
</context>
<context>
    <name>SummarySequence</name>
    <message>
        <source>first choose the period length of this case file (month, quarter or year); it is fixed after that.</source>
        <translation>önce bu dosyanın dönem uzunluğunu seçin (ay, çeyrek yıl veya yıl); sonrasında sabittir.</translation>
    </message>
    <message>
        <source>this case file makes summaries per {0}; a {1} is not possible, because together with the other summaries hidden numbers could then be worked out. Choose a {0}.</source>
        <translation>bu dosya özetleri {0} başına yapar; {1} mümkün değil, çünkü diğer özetlerle birlikte gizli sayılar hesaplanabilir. Bir {0} seçin.</translation>
    </message>
    <message>
        <source>the period {0} has not ended yet; it can be summarised from {1}.</source>
        <translation>{0} dönemi henüz bitmedi; {1} tarihinden itibaren özetlenebilir.</translation>
    </message>
    <message>
        <source>a summary of {0} – {1} was issued by an earlier version of Sleutelapp without keeping its figures; a new summary touching that time could be subtracted from it.</source>
        <translation>{0} – {1} için bir özet, Sleutelapp&apos;in eski bir sürümüyle rakamları saklanmadan verildi; o zamana dokunan yeni bir özet ondan çıkarılabilir.</translation>
    </message>
    <message>
        <source>unknown period length &apos;{0}&apos;: choose month, quarter or year.</source>
        <translation>bilinmeyen dönem uzunluğu &apos;{0}&apos;: ay, çeyrek yıl veya yıl seçin.</translation>
    </message>
    <message>
        <source>the period length of this case file is fixed at {0}, because summaries were already issued.</source>
        <translation>bu dosyanın dönem uzunluğu {0} olarak sabit, çünkü özetler zaten verildi.</translation>
    </message>
    <message>
        <source>this period was issued meanwhile; open the window again.</source>
        <translation>bu dönem bu arada verildi; pencereyi yeniden açın.</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Newcomers by route</source>
        <translation>Yola göre yeni gelenler</translation>
    </message>
    <message>
        <source>Newcomers with consent to anonymised reporting and at least one entry in the period.</source>
        <translation>Anonim raporlamaya onay veren ve dönemde en az bir kaydı olan yeni gelenler.</translation>
    </message>
    <message>
        <source>Contacts by topic and channel</source>
        <translation>Konu ve kanala göre görüşmeler</translation>
    </message>
    <message>
        <source>A contact about two topics counts under both topics; the total per channel counts each contact once.</source>
        <translation>İki konulu bir görüşme her iki konuda da sayılır; kanal başına toplam her görüşmeyi bir kez sayar.</translation>
    </message>
    <message>
        <source>Appointments by type, accompanied or not</source>
        <translation>Türe göre randevular, eşlik edilmiş veya edilmemiş</translation>
    </message>
    <message>
        <source>Cancelled appointments are not counted. Health appointments form one row while any type rests on too few newcomers.</source>
        <translation>İptal edilen randevular sayılmaz. Herhangi bir tür çok az yeni gelene dayandığı sürece sağlık randevuları tek satır olur.</translation>
    </message>
    <message>
        <source>Participation hours by activity type</source>
        <translation>Etkinlik türüne göre katılım saatleri</translation>
    </message>
    <message>
        <source>Rounded to whole hours.</source>
        <translation>Tam saatlere yuvarlandı.</translation>
    </message>
    <message>
        <source>Signals by theme</source>
        <translation>Konuya göre sinyaller</translation>
    </message>
    <message>
        <source>Signals raised in the period, with their state when the summary was made.</source>
        <translation>Dönemde bildirilen sinyaller, özet yapıldığı andaki durumlarıyla.</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Konu yok</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Yeni gelenler</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Eşlik edildi</translation>
    </message>
    <message>
        <source>Not accompanied</source>
        <translation>Eşlik edilmedi</translation>
    </message>
    <message>
        <source>Health care (GP, hospital, dentist, mental health, other care)</source>
        <translation>Sağlık (aile hekimi, hastane, diş hekimi, ruh sağlığı, diğer bakım)</translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <source>Not shown to protect privacy.</source>
        <translation>Gizliliği korumak için gösterilmedi.</translation>
    </message>
    <message>
        <source>At least this number: some summaries did not show this cell.</source>
        <translation>En az bu sayı: bazı özetler bu hücreyi göstermedi.</translation>
    </message>
    <message>
        <source>Rests on {0} newcomers.</source>
        <translation>{0} yeni gelene dayanıyor.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <source>a BSN</source>
        <translation>bir BSN</translation>
    </message>
    <message>
        <source>an IBAN (bank account)</source>
        <translation>bir IBAN (banka hesabı)</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>bir e-posta adresi</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>bir telefon numarası</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Paylaşılabilir</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} dk</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} sa</translation>
    </message>
    <message>
        <source>accompanied</source>
        <translation>eşlik edildi</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>extension requested, answer expected by {0}</source>
        <translation>uzatma başvurusu yapıldı, yanıt en geç {0}</translation>
    </message>
    <message>
        <source>an extension can be requested since {0}</source>
        <translation>uzatma başvurusu {0} tarihinden beri mümkün</translation>
    </message>
    <message>
        <source>an extension can be requested from {0}</source>
        <translation>uzatma başvurusu {0} itibarıyla mümkün</translation>
    </message>
    <message numerus="yes">
        <source>%n more appointment(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n randevu daha — daha fazlasını görmek için Enter&apos;a basın</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more task(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n görev daha — daha fazlasını görmek için Enter&apos;a basın</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more newcomer(s) — press Enter to show more</source>
        <translation>
            <numerusform>%n yeni gelen daha — daha fazlasını görmek için Enter&apos;a basın</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the next {0}; the agenda (Ctrl+G) shows them per week.</source>
        <translation>Sonraki {0} tanesini gösterir; ajanda (Ctrl+G) bunları hafta hafta gösterir.</translation>
    </message>
    <message>
        <source>Shows the next {0}.</source>
        <translation>Sonraki {0} kaydı gösterir.</translation>
    </message>
    <message>
        <source>Enter opens the dialog that makes all due reports at once.</source>
        <translation>Zamanı gelen tüm raporları tek seferde hazırlayan pencereyi Enter ile açarsınız.</translation>
    </message>
    <message numerus="yes">
        <source>%n more report(s) due — press Enter to make them</source>
        <translation>
            <numerusform>Zamanı gelen %n rapor daha — hazırlamak için Enter&apos;a basın</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1}: {2} — still planned; did it take place?</source>
        <translation>{0} — {1}: {2} — hâlâ Planlandı; gerçekleşti mi?</translation>
    </message>
    <message>
        <source>you go along</source>
        <translation>eşlik ediyorsunuz</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(gecikti)</translation>
    </message>
    <message numerus="yes">
        <source>{0} — termijn ends {1} (%n day(s) left)</source>
        <translation>
            <numerusform>{0} — uyum süresi {1} tarihinde bitiyor (%n gün kaldı)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — termijn ended {1}</source>
        <translation>{0} — uyum süresi {1} tarihinde bitti</translation>
    </message>
    <message>
        <source>{0} — no contact recorded yet</source>
        <translation>{0} — henüz görüşme kaydı yok</translation>
    </message>
    <message numerus="yes">
        <source>{0} — last contact {1} (%n day(s) ago)</source>
        <translation>
            <numerusform>{0} — son görüşme {1} (%n gün önce)</numerusform>
        </translation>
    </message>
    <message>
        <source>Update the status: past appointments still planned</source>
        <translation>Durumu güncelleyin: geçmişte kalan ve hâlâ planlı görünen randevular</translation>
    </message>
    <message>
        <source>Appointments up to and including {0}</source>
        <translation>{0} tarihine kadarki randevular</translation>
    </message>
    <message>
        <source>Open tasks due up to and including {0}</source>
        <translation>Son tarihi en geç {0} olan açık görevler</translation>
    </message>
    <message>
        <source>Termijn ends within 6 months</source>
        <translation>Uyum süresi 6 ay içinde bitiyor</translation>
    </message>
    <message>
        <source>No contact for 30 days</source>
        <translation>30 gündür görüşme yok</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Update the status</source>
        <translation>Durumu güncelleyin</translation>
    </message>
    <message>
        <source>Appointments in the next 14 days</source>
        <translation>Önümüzdeki 14 gündeki randevular</translation>
    </message>
    <message>
        <source>Open tasks, due soon</source>
        <translation>Yakında zamanı gelen açık görevler</translation>
    </message>
    <message>
        <source>Press Enter or double-click an item to open the newcomer. Ctrl+1…6 logs for the newcomer of the selected item; Ctrl+D marks an appointment or task done (right-click for more).</source>
        <translation>Yeni geleni açmak için Enter&apos;a basın veya satıra çift tıklayın. Ctrl+1…6, seçili satırdaki yeni gelen için kayıt ekler; Ctrl+D bir randevuyu veya görevi yapıldı olarak işaretler (daha fazlası için sağ tıklayın).</translation>
    </message>
</context>
<context>
    <name>TransferCodeDialog</name>
    <message numerus="yes">
        <source>The handover file for %n newcomer(s) was written:
{0}</source>
        <translation>
            <numerusform>%n yeni gelen için devir dosyası yazıldı:
{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
    <message>
        <source>Transfer code</source>
        <translation>Devir kodu</translation>
    </message>
    <message>
        <source>This code is shown only once and is not kept anywhere. Pass it to your colleague another way than the file: by phone or in person. Without the code the file cannot be opened.</source>
        <translation>Bu kod yalnızca bir kez gösterilir ve hiçbir yerde saklanmaz. Kodu meslektaşınıza dosyadan farklı bir yolla iletin: telefonla veya yüz yüze. Kod olmadan dosya açılamaz.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Sleutelapp is locked</source>
        <translation>Sleutelapp kilitli</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your case file.</source>
        <translation>Dosyanızı açmak için parolanızı girin.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>Parolanızı mı unuttunuz?</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Yedeği geri yükle…</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>Pazartesi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Salı</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Çarşamba</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Perşembe</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Cuma</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Cumartesi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Pazar</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{day} {month} {year} {weekday}</translation>
    </message>
</context>
<context>
    <name>WholeNumberField</name>
    <message>
        <source>Type a whole number from {0} to {1}, without a point or comma.</source>
        <translation>{0} ile {1} arasında, nokta veya virgül olmadan bir tam sayı yazın.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Choose a newcomer first (search on the left).</source>
        <translation>Önce bir yeni gelen seçin (soldan arayın).</translation>
    </message>
    <message>
        <source>This entry is already open.</source>
        <translation>Bu kayıt zaten açık.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Entry deleted. Press Ctrl+Z to undo.</source>
        <translation>Kayıt silindi. Geri almak için Ctrl+Z&apos;ye basın.</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>Kayıt geri getirildi.</translation>
    </message>
    <message>
        <source>Close {0}?</source>
        <translation>{0} kapatılsın mı?</translation>
    </message>
    <message>
        <source>Close the file of {0}?</source>
        <translation>{0} dosyası kapatılsın mı?</translation>
    </message>
    <message>
        <source>Close {0}</source>
        <translation>{0} dosyasını kapat</translation>
    </message>
    <message numerus="yes">
        <source>Closing starts the retention period: %n month(s) from today, after which the app asks you to erase everything about them. You can reopen the file until then.</source>
        <translation>
            <numerusform>Kapatmayla saklama süresi başlar: bugünden itibaren %n ay. Bu süre sonunda uygulama, bu kişiyle ilgili her şeyi silmenizi ister. O zamana kadar dosyayı yeniden açabilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is closed.</source>
        <translation>{0} kapatıldı.</translation>
    </message>
    <message>
        <source>{0} is reopened.</source>
        <translation>{0} yeniden açıldı.</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation>Yedek geri yüklendi. Kilidini o yedeğin parolasıyla açın.</translation>
    </message>
    <message>
        <source>Making the automatic backup…</source>
        <translation>Otomatik yedek alınıyor…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Sleutelapp is already open for this data folder. Switch to that window; a second window on the same case file is not possible.</source>
        <translation>Sleutelapp bu veri klasörü için zaten açık. O pencereye geçin; aynı dosya için ikinci bir pencere açılamaz.</translation>
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
        <translation>Disk dolu; hiçbir şey kaydedilmedi. Biraz yer açın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The file could not be used: {0}</source>
        <translation>Dosya kullanılamadı: {0}</translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <source>The disk of your data folder is full (or cannot be written): Sleutelapp opens, but cannot save changes. Free some space and start Sleutelapp again.</source>
        <translation>Veri klasörünüzün bulunduğu disk dolu (veya diske yazılamıyor): Sleutelapp açılır ama değişiklikleri kaydedemez. Biraz yer açın ve Sleutelapp&apos;i yeniden başlatın.</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <source>At least {0} characters; four unrelated words work well.</source>
        <translation>En az {0} karakter; birbiriyle ilgisiz dört kelime iyi olur.</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>Güç: {0}</translation>
    </message>
</context>
<context>
    <name>vocab.activity_type</name>
    <message>
        <source>Volunteering</source>
        <translation>Gönüllü iş</translation>
    </message>
    <message>
        <source>Language café</source>
        <translation>Dil kafe</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Staj</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Neighbourhood activity</source>
        <translation>Mahalle etkinliği</translation>
    </message>
    <message>
        <source>MAP (practical part)</source>
        <translation>MAP (uygulama bölümü)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>vocab.appointment_status</name>
    <message>
        <source>Planned</source>
        <translation>Planlandı</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>Gelmedi</translation>
    </message>
</context>
<context>
    <name>vocab.appointment_type</name>
    <message>
        <source>GP</source>
        <translation>Aile hekimi</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hastane</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Diş hekimi</translation>
    </message>
    <message>
        <source>Mental health care</source>
        <translation>Ruh sağlığı</translation>
    </message>
    <message>
        <source>Other care</source>
        <translation>Diğer bakım</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Okul</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Dil okulu</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Çocuk bakımı</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Belediye</translation>
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
        <translation>İş</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Konut</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>vocab.channel</name>
    <message>
        <source>In person</source>
        <translation>Yüz yüze</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Görüntülü arama</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
</context>
<context>
    <name>vocab.consent_how</name>
    <message>
        <source>Verbal</source>
        <translation>Sözlü</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmzalı</translation>
    </message>
</context>
<context>
    <name>vocab.consent_purpose</name>
    <message>
        <source>Report for the regisseur</source>
        <translation>Uyum sorumlusu için rapor</translation>
    </message>
    <message>
        <source>Care appointments counted in the report</source>
        <translation>Sağlık randevuları raporda sayılır</translation>
    </message>
    <message>
        <source>Counted in anonymised summaries</source>
        <translation>Anonim özetlerde sayılır</translation>
    </message>
</context>
<context>
    <name>vocab.extension_evidence</name>
    <message>
        <source>Statement from a doctor</source>
        <translation>Doktor beyanı</translation>
    </message>
    <message>
        <source>Proof of how long it lasted</source>
        <translation>Hastalığın süresinin kanıtı</translation>
    </message>
    <message>
        <source>Proof of the family tie</source>
        <translation>Aile bağının kanıtı</translation>
    </message>
    <message>
        <source>Proof of giving care</source>
        <translation>Bakım verildiğinin kanıtı</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>Ölüm belgesi</translation>
    </message>
    <message>
        <source>Proof of enrolment</source>
        <translation>Eğitime kayıt belgesi</translation>
    </message>
    <message>
        <source>Overview of study results</source>
        <translation>Not dökümü</translation>
    </message>
    <message>
        <source>Statement from the language school</source>
        <translation>Dil okulundan beyan</translation>
    </message>
    <message>
        <source>Overview of lessons attended</source>
        <translation>Katılınan derslerin dökümü</translation>
    </message>
    <message>
        <source>Exam results</source>
        <translation>Sınav sonuçları</translation>
    </message>
</context>
<context>
    <name>vocab.extension_reason</name>
    <message>
        <source>Own illness (over 3 months)</source>
        <translation>Kendi hastalığı (3 aydan uzun)</translation>
    </message>
    <message>
        <source>Illness of a close relative</source>
        <translation>Yakın bir akrabanın hastalığı</translation>
    </message>
    <message>
        <source>Death of a close relative</source>
        <translation>Yakın bir akrabanın ölümü</translation>
    </message>
    <message>
        <source>A Dutch education</source>
        <translation>Hollanda&apos;da bir eğitim</translation>
    </message>
    <message>
        <source>No blame (e.g. lessons cancelled or a waiting list)</source>
        <translation>Kendi kusuru değil (örn. ders iptali veya bekleme listesi)</translation>
    </message>
    <message>
        <source>Considerable effort</source>
        <translation>Çok çaba gösterildi</translation>
    </message>
    <message>
        <source>Recorded earlier</source>
        <translation>Daha önce kaydedildi</translation>
    </message>
</context>
<context>
    <name>vocab.kind</name>
    <message>
        <source>Contact</source>
        <translation>Görüşme</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Sinyal</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
</context>
<context>
    <name>vocab.period_kind</name>
    <message>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>çeyrek yıl</translation>
    </message>
    <message>
        <source>year</source>
        <translation>yıl</translation>
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
        <translation>Onderwijsroute</translation>
    </message>
    <message>
        <source>Z route</source>
        <translation>Z-route</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Henüz bilinmiyor</translation>
    </message>
</context>
<context>
    <name>vocab.signal_status</name>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Çözüldü</translation>
    </message>
</context>
<context>
    <name>vocab.signal_theme</name>
    <message>
        <source>Childcare</source>
        <translation>Çocuk bakımı</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Dil okulu bekleme listesi</translation>
    </message>
    <message>
        <source>Route does not fit</source>
        <translation>Yol uymuyor</translation>
    </message>
    <message>
        <source>Lessons cancelled</source>
        <translation>Dersler iptal</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Yol masrafları</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Konut</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Work / diploma</source>
        <translation>İş / diploma</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Yalnızlık</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>vocab.status</name>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapatıldı</translation>
    </message>
</context>
<context>
    <name>vocab.task_status</name>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Yapıldı</translation>
    </message>
</context>
<context>
    <name>vocab.topic</name>
    <message>
        <source>Civic integration</source>
        <translation>Uyum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>İş</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Konut</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Çocuk bakımı</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>vocab.wi2021_component</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Katılım</translation>
    </message>
    <message>
        <source>MAP practical part</source>
        <translation>MAP uygulama bölümü</translation>
    </message>
</context>
</TS>
