<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AttemptRepository</name>
    <message>
        <source>The attempt cannot be saved: %1</source>
        <translation>Der Versuch kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The attempts cannot be read: %1</source>
        <translation>Die Versuche können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The delivery figures cannot be saved: %1</source>
        <translation>Die Vortragswerte können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The attempt cannot be read: %1</source>
        <translation>Der Versuch kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The attempt %1 no longer exists.</source>
        <translation>Der Versuch %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A rating goes from 1 to 4, not %1.</source>
        <translation>Eine Bewertung muss zwischen 1 und 4 liegen, nicht bei %1.</translation>
    </message>
    <message>
        <source>The rating cannot be saved: %1</source>
        <translation>Die Bewertung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The notes cannot be saved: %1</source>
        <translation>Die Notizen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The attempt cannot be moved to the trash: %1</source>
        <translation>Der Versuch kann nicht in den Papierkorb verschoben werden: %1</translation>
    </message>
    <message>
        <source>The attempt cannot be restored: %1</source>
        <translation>Der Versuch kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The trash cannot be read: %1</source>
        <translation>Der Papierkorb kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The attempt cannot be deleted: %1</source>
        <translation>Der Versuch kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The review schedule cannot be updated: %1</source>
        <translation>Der Wiederholungsplan kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The review schedule cannot be read: %1</source>
        <translation>Der Wiederholungsplan kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The self-review cannot be read: %1</source>
        <translation>Die Selbstbewertung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The question lists %1 points; point %2 is not one of them.</source>
        <translation>Die Frage nennt %1 Punkte; Punkt %2 gehört nicht dazu.</translation>
    </message>
    <message>
        <source>The self-review cannot be saved: %1</source>
        <translation>Die Selbstbewertung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The best take cannot be saved: %1</source>
        <translation>Die beste Aufnahme kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>AttemptTrash</name>
    <message>
        <source>The attempt was not deleted: the trash folder %1 cannot be created.</source>
        <translation>Der Versuch wurde nicht gelöscht: Der Papierkorb-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The attempt was not deleted: its audio file %1 cannot be moved to the trash (%2).</source>
        <translation>Der Versuch wurde nicht gelöscht: Die zugehörige Audiodatei %1 kann nicht in den Papierkorb verschoben werden (%2).</translation>
    </message>
    <message>
        <source>The attempt was not restored: a file %1 is already in its place.</source>
        <translation>Der Versuch wurde nicht wiederhergestellt: Am ursprünglichen Ort liegt bereits eine Datei %1.</translation>
    </message>
    <message>
        <source>The attempt was not restored: its audio file cannot be moved back (%1).</source>
        <translation>Der Versuch wurde nicht wiederhergestellt: Die zugehörige Audiodatei kann nicht zurückverschoben werden (%1).</translation>
    </message>
    <message>
        <source>The audio file %1 cannot be removed from the trash; its attempt stays there.</source>
        <translation>Die Audiodatei %1 kann nicht aus dem Papierkorb entfernt werden; der zugehörige Versuch bleibt dort.</translation>
    </message>
</context>
<context>
    <name>AudioFile</name>
    <message>
        <source>%1: not a WAV file</source>
        <translation>%1: keine WAV-Datei</translation>
    </message>
    <message>
        <source>%1: the WAV file has no audio data</source>
        <translation>%1: die WAV-Datei enthält keine Audiodaten</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: not a recording Interview Coach can read (Ogg Opus or WAV)</source>
        <translation>%1: keine Aufnahme, die Interview Coach lesen kann (Ogg Opus oder WAV)</translation>
    </message>
    <message>
        <source>%1: the WAV file ends before its audio data</source>
        <translation>%1: Die WAV-Datei endet vor ihren Audiodaten</translation>
    </message>
    <message>
        <source>%1: the WAV header gives the chunk &quot;%2&quot; %3 bytes, but the file holds only %4</source>
        <translation>%1: Der WAV-Kopf gibt dem Abschnitt „%2“ %3 Bytes, die Datei enthält aber nur %4</translation>
    </message>
    <message>
        <source>%1: a WAV format that cannot be read (format %2, %3 bits, %4 channels, %5 Hz; up to %6 channels and %7 Hz are read)</source>
        <translation>%1: ein WAV-Format, das nicht gelesen werden kann (Format %2, %3 Bit, %4 Kanäle, %5 Hz; gelesen werden bis zu %6 Kanäle und %7 Hz)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database cannot be backed up to %1: %2</source>
        <translation>Die Datenbank kann nicht in %1 gesichert werden: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Die Sicherung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied into place.</source>
        <translation>Die Sicherung %1 kann nicht an ihren Platz kopiert werden.</translation>
    </message>
    <message>
        <source>The damaged database %1 cannot be put aside.</source>
        <translation>Die beschädigte Datenbank %1 kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The backup cannot replace %1.</source>
        <translation>Die Sicherung kann %1 nicht ersetzen.</translation>
    </message>
</context>
<context>
    <name>BankFiles</name>
    <message>
        <source>The questions cannot be written to %1: %2</source>
        <translation>Die Fragen können nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: line %2: a question must come under a category heading (&quot;## …&quot;)</source>
        <translation>%1: Zeile %2: eine Frage muss unter einer Kategorieüberschrift (&quot;## …&quot;) stehen</translation>
    </message>
    <message>
        <source>%1: line %2: expected a heading (&quot;## Category&quot;) or a question (&quot;- …&quot;), not &quot;%3&quot;</source>
        <translation>%1: Zeile %2: erwartet wurde eine Überschrift (&quot;## Kategorie&quot;) oder eine Frage (&quot;- …&quot;), nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: no questions (&quot;- …&quot; under a &quot;## Category&quot; heading) were found</source>
        <translation>%1: es wurden keine Fragen gefunden (&quot;- …&quot; unter einer Überschrift &quot;## Kategorie&quot;)</translation>
    </message>
    <message>
        <source>%1: the question &quot;%2&quot; appears twice</source>
        <translation>%1: die Frage &quot;%2&quot; kommt doppelt vor</translation>
    </message>
    <message>
        <source>%1: %2: the field &quot;%3&quot; contains markup (&quot;%4&quot;), which is not accepted: questions are plain text</source>
        <translation>%1: %2: das Feld &quot;%3&quot; enthält Markup (&quot;%4&quot;), das nicht zulässig ist: Fragen bestehen aus reinem Text</translation>
    </message>
    <message>
        <source>the bank</source>
        <translation>der Fragenkatalog</translation>
    </message>
    <message>
        <source>category &quot;%1&quot;</source>
        <translation>Kategorie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question %1 (&quot;%2&quot;)</source>
        <translation>Frage %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a question bank</source>
        <translation>%1: ist ein Ordner, kein Fragenkatalog</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; question banks larger than %3 MB are not read</source>
        <translation>%1: die Datei ist %2 MB groß; Fragenkataloge über %3 MB werden nicht gelesen</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>BankLoader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a text, not %2</source>
        <translation>das Feld &quot;%1&quot; muss ein Text sein, nicht %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>das Feld &quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list of texts, not %2</source>
        <translation>das Feld &quot;%1&quot; muss eine Liste von Texten sein, nicht %2</translation>
    </message>
    <message>
        <source>entry %1 of the field &quot;%2&quot; must be a non-empty text, not %3</source>
        <translation>Eintrag %1 des Felds &quot;%2&quot; muss ein nicht leerer Text sein, nicht %3</translation>
    </message>
    <message>
        <source>an empty text</source>
        <translation>ein leerer Text</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number, not %2</source>
        <translation>das Feld &quot;%1&quot; muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be between %2 and %3, not %4</source>
        <translation>das Feld &quot;%1&quot; muss zwischen %2 und %3 liegen, nicht bei %4</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false, not %2</source>
        <translation>das Feld &quot;%1&quot; muss wahr oder falsch sein, nicht %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice</source>
        <translation>die ID &quot;%1&quot; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>question %1 (&quot;%2&quot;)</source>
        <translation>Frage %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the field &quot;category&quot; names &quot;%1&quot;, which is not among the bank&apos;s categories</source>
        <translation>das Feld &quot;category&quot; nennt &quot;%1&quot;, das nicht zu den Kategorien des Fragenkatalogs gehört</translation>
    </message>
    <message>
        <source>%1: not valid JSON at %2: %3</source>
        <translation>%1: ungültiges JSON in %2: %3</translation>
    </message>
    <message>
        <source>%1: the bank must be a JSON object</source>
        <translation>%1: der Fragenkatalog muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the field &quot;format&quot; must be &quot;interview-coach-bank&quot;, not &quot;%1&quot;</source>
        <translation>das Feld &quot;format&quot; muss &quot;interview-coach-bank&quot; lauten, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the bank uses format version %1; this version of the program reads up to %2</source>
        <translation>der Fragenkatalog verwendet die Formatversion %1; diese Programmversion liest höchstens Version %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list, not %2</source>
        <translation>das Feld &quot;%1&quot; muss eine Liste sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: the bank has no questions</source>
        <translation>%1: der Fragenkatalog enthält keine Fragen</translation>
    </message>
    <message>
        <source>%1: question %2 (&quot;%3&quot;): the id &quot;%3&quot; is used by an earlier question</source>
        <translation>%1: Frage %2 (&quot;%3&quot;): die ID &quot;%3&quot; wird bereits von einer früheren Frage verwendet</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; holds %2 texts; at most %3 are read</source>
        <translation>das Feld &quot;%1&quot; enthält %2 Texte; höchstens %3 werden gelesen</translation>
    </message>
    <message>
        <source>entry %1 of the field &quot;%2&quot; is %3 characters long; at most %4 are read</source>
        <translation>Eintrag %1 des Feldes &quot;%2&quot; ist %3 Zeichen lang; höchstens %4 werden gelesen</translation>
    </message>
    <message>
        <source>entry %1 of the field &quot;%2&quot; must be an object, not %3</source>
        <translation>Eintrag %1 des Felds „%2“ muss ein Objekt sein, nicht %3</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot;: %2</source>
        <translation>das Feld „%1“: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Interview Coach: practise job-interview answers out loud, privately and offline.</source>
        <translation>Interview Coach: Antworten für Vorstellungsgespräche laut üben – privat und offline.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Zeigt diese Hilfe an und beendet das Programm.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Zeigt die Version an und beendet das Programm.</translation>
    </message>
    <message>
        <source>Keep the database and recordings in &lt;dir&gt; instead of %1.</source>
        <translation>Speichert Datenbank und Aufnahmen in &lt;ordner&gt; statt in %1.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example en or de) instead of the system&apos;s.</source>
        <translation>Verwendet die Sprache &lt;code&gt; (zum Beispiel en oder de) statt der Systemsprache.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>Mit &quot;%1 --help&quot; werden die Optionen angezeigt.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>The option --data-dir needs a folder.</source>
        <translation>Die Option --data-dir benötigt einen Ordner.</translation>
    </message>
    <message>
        <source>Print the delivery figures of a recording (Ogg Opus or WAV) as JSON and exit, without a window.</source>
        <translation>Gibt die Vortragswerte einer Aufnahme (Ogg Opus oder WAV) als JSON aus und beendet das Programm, ohne Fenster.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Write the whole profile (database and recordings) to the archive &lt;file&gt; and exit, without a window.</source>
        <translation>Schreibt das gesamte Profil (Datenbank und Aufnahmen) in das Archiv &lt;datei&gt; und beendet das Programm, ohne Fenster.</translation>
    </message>
    <message>
        <source>Check the archive &lt;file&gt; and, when it is sound, put its profile in place of the current one (which is kept beside it, renamed); then exit, without a window.</source>
        <translation>Prüft das Archiv &lt;datei&gt; und setzt, wenn es fehlerfrei ist, dessen Profil an die Stelle des aktuellen (das unter neuem Namen daneben erhalten bleibt); beendet dann das Programm, ohne Fenster.</translation>
    </message>
    <message>
        <source>--backup and --restore cannot be used together.</source>
        <translation>--backup und --restore können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>With --analyze: listen for these phrases (separated by semicolons) and add where each was heard.</source>
        <translation>Mit --analyze: auf diese Formulierungen (durch Semikolons getrennt) hören und angeben, wo jede gehört wurde.</translation>
    </message>
    <message>
        <source>phrases</source>
        <translation>Formulierungen</translation>
    </message>
    <message>
        <source>--key-points is used with --analyze.</source>
        <translation>--key-points wird mit --analyze verwendet.</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>%1 already exists; choose a new folder name.</source>
        <translation>%1 existiert bereits; bitte einen neuen Ordnernamen wählen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>STAR stories</source>
        <translation>STAR-Geschichten</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Noch keine Versuche.</translation>
    </message>
    <message>
        <source>rated %1 of 4</source>
        <translation>bewertet mit %1 von 4</translation>
    </message>
    <message>
        <source>recording missing</source>
        <translation>Aufnahme fehlt</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>The export cannot be written to %1.</source>
        <translation>Der Export kann nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The export cannot be moved to %1.</source>
        <translation>Der Export kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Covered: %1 of %2</source>
        <translation>Abgedeckt: %1 von %2</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>sounds like &quot;%1&quot;</source>
        <translation>klingt wie „%1“</translation>
    </message>
    <message>
        <source>best take</source>
        <translation>beste Aufnahme</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written to: %2</source>
        <translation>In den Datenordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a database Interview Coach can read. It was left unchanged.</source>
        <translation>Die Datei %1 ist keine Datenbank, die Interview Coach lesen kann. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Interview Coach (schema %2; this version understands up to %3). It was left unchanged: please use the newer version.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Interview Coach geschrieben (Schema %2; diese Version versteht höchstens Schema %3). Sie wurde nicht verändert: Bitte die neuere Version verwenden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is not an SQLite database. It was left unchanged.</source>
        <translation>Die Datei %1 ist keine SQLite-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database cannot enforce its links: %1</source>
        <translation>Die Datenbank kann ihre Verknüpfungen nicht absichern: %1</translation>
    </message>
    <message>
        <source>The database %1 cannot switch to write-ahead logging: %2</source>
        <translation>Die Datenbank %1 kann nicht auf Write-Ahead-Logging umstellen: %2</translation>
    </message>
    <message>
        <source>The database cannot start a transaction: %1</source>
        <translation>Die Datenbank kann keine Transaktion starten: %1</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed, and nothing was changed: %3</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 (%2) ist fehlgeschlagen; es wurde nichts verändert: %3</translation>
    </message>
    <message>
        <source>The database %1 is damaged and was left as it is (SQLite&apos;s check says: %2).</source>
        <translation>Die Datenbank %1 ist beschädigt und wurde nicht verändert (die Prüfung von SQLite meldet: %2).</translation>
    </message>
    <message>
        <source>The database was not updated, because it could not be backed up first: %1</source>
        <translation>Die Datenbank wurde nicht aktualisiert, weil sie vorher nicht gesichert werden konnte: %1</translation>
    </message>
    <message>
        <source>The database %1 needs an update for this version of Interview Coach, and the folder it is in cannot be written to. It was left unchanged.</source>
        <translation>Die Datenbank %1 muss für diese Version von Interview Coach aktualisiert werden, aber in ihren Ordner kann nicht geschrieben werden. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database cannot be switched to read-only: %1</source>
        <translation>Die Datenbank kann nicht auf „nur lesen“ gestellt werden: %1</translation>
    </message>
    <message>
        <source>The database %1 could not be checked: %2</source>
        <translation>Die Datenbank %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The migrations are not numbered in increasing order: %1 comes out of order.</source>
        <translation>Die Migrationen sind nicht aufsteigend nummeriert: %1 steht außer der Reihe.</translation>
    </message>
</context>
<context>
    <name>DeliveryText</name>
    <message>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>schnell</translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <translation>In dieser Aufnahme wurde keine Sprache gefunden.</translation>
    </message>
    <message>
        <source>Pauses of 2 s or more: %1; the longest %2 s at %3</source>
        <translation>Pausen ab 2 s: %1; die längste %2 s bei %3</translation>
    </message>
    <message>
        <source>The first word came after %1 s.</source>
        <translation>Das erste Wort kam nach %1 s.</translation>
    </message>
    <message>
        <source>The level reached full scale (clipping); the microphone may be set too loud.</source>
        <translation>Der Pegel erreichte Vollaussteuerung (Übersteuerung); das Mikrofon ist vielleicht zu laut eingestellt.</translation>
    </message>
    <message>
        <source>overall %1 words a minute (%2)</source>
        <translation>insgesamt %1 Wörter pro Minute (%2)</translation>
    </message>
    <message>
        <source>pace %1, while speaking %2</source>
        <translation>Tempo %1, beim Sprechen %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A pace in a table column headed &quot;Pace (overall)&quot;: &quot;100 (slow)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Speaking %1 of %2 · first word after %3 s · %4 · pauses of 0.5 s or more: %5, of 2 s or more: %6</source>
        <translation>Gesprochen %1 von %2 · erstes Wort nach %3 s · %4 · Pausen ab 0,5 s: %5, ab 2 s: %6</translation>
    </message>
</context>
<context>
    <name>HistoryQuery</name>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The attempt %1 no longer exists.</source>
        <translation>Der Versuch %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>KeyPointRepository</name>
    <message>
        <source>The key points cannot be read: %1</source>
        <translation>Die Kernpunkte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The key points cannot be saved: %1</source>
        <translation>Die Kernpunkte können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>What was heard in the take cannot be saved: %1</source>
        <translation>Was in der Aufnahme gehört wurde, kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>What was heard in the take cannot be read: %1</source>
        <translation>Was in der Aufnahme gehört wurde, kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>What was heard in the takes cannot be read: %1</source>
        <translation>Was in den Aufnahmen gehört wurde, kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The takes cannot be read: %1</source>
        <translation>Die Aufnahmen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>KeyPointText</name>
    <message>
        <source>Key points heard: %1 of %2</source>
        <translation>Kernpunkte gehört: %1 von %2</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Nicht gehört: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
</context>
<context>
    <name>KeyPoints</name>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>„%1“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>The key point is empty: write a word or a phrase to listen for.</source>
        <translation>Der Kernpunkt ist leer: Schreiben Sie ein Wort oder eine Formulierung, auf die gehört werden soll.</translation>
    </message>
    <message>
        <source>The key point is too long: at most %1 words, and this one says %2 (numbers count as they are said).</source>
        <translation>Der Kernpunkt ist zu lang: höchstens %1 Wörter, dieser hat %2 (Zahlen zählen so, wie sie gesprochen werden).</translation>
    </message>
    <message>
        <source>The key point has only short common words, which are said in every answer: add a word that is yours.</source>
        <translation>Der Kernpunkt besteht nur aus kurzen, häufigen Wörtern, die in jeder Antwort vorkommen: Fügen Sie ein eigenes Wort hinzu.</translation>
    </message>
    <message>
        <source>At most %1 key points can be listened for; there are %2.</source>
        <translation>Auf höchstens %1 Kernpunkte kann gehört werden; es sind %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Key points cannot be listened for: the speech model (the package pocketsphinx-en-us) is not installed.</source>
        <translation>Auf Kernpunkte kann nicht gehört werden: Das Sprachmodell (das Paket pocketsphinx-en-us) ist nicht installiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the word &quot;%2&quot; is not in the speech model&apos;s dictionary; write it as it sounds.</source>
        <translation>„%1“: Das Wort „%2“ steht nicht im Wörterbuch des Sprachmodells; schreiben Sie es so, wie es klingt.</translation>
    </message>
</context>
<context>
    <name>KeywordSpotter</name>
    <message>
        <source>The speech model for listening to key points is not installed (the package pocketsphinx-en-us, in %1).</source>
        <translation>Das Sprachmodell zum Erkennen der Kernpunkte ist nicht installiert (das Paket pocketsphinx-en-us, in %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the speech model&apos;s dictionary and cannot be listened for.</source>
        <translation>„%1“ steht nicht im Wörterbuch des Sprachmodells und kann nicht erkannt werden.</translation>
    </message>
    <message>
        <source>No room for the key points&apos; temporary files: %1</source>
        <translation>Kein Platz für die temporären Dateien der Kernpunkte: %1</translation>
    </message>
    <message>
        <source>The speech model in %1 could not be loaded.</source>
        <translation>Das Sprachmodell in %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The speech recognition library could not be loaded (the package libpocketsphinx3): %1</source>
        <translation>Die Spracherkennungsbibliothek kann nicht geladen werden (Paket libpocketsphinx3): %1</translation>
    </message>
</context>
<context>
    <name>LibraryFunctions</name>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>In %1 fehlt: %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Interview Coach cannot start</source>
        <translation>Interview Coach kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Interview Coach cannot start.</source>
        <translation>Interview Coach kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Interview Coach is running with this data folder; close it before restoring.</source>
        <translation>Interview Coach läuft mit diesem Datenordner; bitte das Programm vor dem Wiederherstellen beenden.</translation>
    </message>
    <message>
        <source>Restored. The previous profile is kept in %1.</source>
        <translation>Wiederhergestellt. Das vorherige Profil bleibt in %1 erhalten.</translation>
    </message>
    <message>
        <source>Interview Coach is already running with this data folder; its window was brought to the front.</source>
        <translation>Interview Coach läuft bereits mit diesem Datenordner; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore.</source>
        <translation>Es gibt keine automatische Sicherung, die wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <source>Interview Coach: damaged database</source>
        <translation>Interview Coach: beschädigte Datenbank</translation>
    </message>
    <message>
        <source>The database is damaged. Restore the latest automatic backup, from %1?</source>
        <translation>Die Datenbank ist beschädigt. Die letzte automatische Sicherung vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>The damaged file is kept beside it, renamed, so nothing is deleted. Recordings are not affected.</source>
        <translation>Die beschädigte Datei bleibt unter neuem Namen daneben erhalten, es wird also nichts gelöscht. Aufnahmen sind nicht betroffen.</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>MockSessionRepository</name>
    <message>
        <source>The mock interview cannot be saved: %1</source>
        <translation>Das Probeinterview kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The mock interview cannot be read: %1</source>
        <translation>Das Probeinterview kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The mock interview %1 no longer exists.</source>
        <translation>Das Probeinterview %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>OpusFileReader</name>
    <message>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it is not an Ogg Opus recording</source>
        <translation>sie ist keine Ogg-Opus-Aufnahme</translation>
    </message>
    <message>
        <source>it is damaged (error %1)</source>
        <translation>sie ist beschädigt (Fehler %1)</translation>
    </message>
    <message>
        <source>The audio file %1 is missing.</source>
        <translation>Die Audiodatei %1 fehlt.</translation>
    </message>
    <message>
        <source>The audio file %1 cannot be played: %2.</source>
        <translation>Die Audiodatei %1 kann nicht abgespielt werden: %2.</translation>
    </message>
</context>
<context>
    <name>OpusFileWriter</name>
    <message>
        <source>The recording cannot be created in %1: %2</source>
        <translation>Die Aufnahme kann nicht unter %1 angelegt werden: %2</translation>
    </message>
    <message>
        <source>The recording cannot be encoded: %1</source>
        <translation>Die Aufnahme kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>the file header</source>
        <translation>Dateikopf</translation>
    </message>
    <message>
        <source>the encoder failed</source>
        <translation>der Encoder ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Writing %1 of the recording %2 failed: %3</source>
        <translation>Die Aufnahme %2 konnte nicht geschrieben werden (%1): %3</translation>
    </message>
    <message>
        <source>The recording %1 is already closed.</source>
        <translation>Die Aufnahme %1 ist bereits geschlossen.</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audiodaten</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>Dateiende</translation>
    </message>
</context>
<context>
    <name>ProfileArchive</name>
    <message>
        <source>A temporary folder cannot be created.</source>
        <translation>Es kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The database cannot be copied: %1</source>
        <translation>Die Datenbank kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>The backup cannot be written to %1: %2</source>
        <translation>Die Sicherung kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The backup cannot be written to %1.</source>
        <translation>Die Sicherung kann nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a profile backup (%2).</source>
        <translation>%1 ist keine Profilsicherung (%2).</translation>
    </message>
    <message>
        <source>%1 holds the path &quot;%2&quot;, which points outside the profile.</source>
        <translation>%1 enthält den Pfad &quot;%2&quot;, der aus dem Profil hinausführt.</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is not part of a profile.</source>
        <translation>%1 enthält &quot;%2&quot;, das nicht zu einem Profil gehört.</translation>
    </message>
    <message>
        <source>%1 holds no database (%2).</source>
        <translation>%1 enthält keine Datenbank (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its database cannot be read</source>
        <translation>die enthaltene Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>its database is damaged (%1)</source>
        <translation>die enthaltene Datenbank ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it was made by a newer version of Interview Coach</source>
        <translation>die Sicherung wurde mit einer neueren Version von Interview Coach erstellt</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2.</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The backup cannot be unpacked: %1</source>
        <translation>Die Sicherung kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>The current profile %1 cannot be put aside; nothing was changed.</source>
        <translation>Das aktuelle Profil %1 kann nicht beiseitegelegt werden; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The restored profile cannot be moved into place; the current one was kept.</source>
        <translation>Das wiederhergestellte Profil kann nicht an seinen Platz verschoben werden; das aktuelle Profil wurde beibehalten.</translation>
    </message>
    <message>
        <source>These could not be deleted: %1</source>
        <translation>Folgendes konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>a hard link</source>
        <translation>harten Link</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>symbolischen Link</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>Sonderdatei</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot; as %3; only files and folders are restored.</source>
        <translation>%1 enthält „%2“ als %3; wiederhergestellt werden nur Dateien und Ordner.</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot; twice.</source>
        <translation>%1 enthält „%2“ zweimal.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 gives &quot;%2&quot; an impossible size.</source>
        <translation>%1 gibt „%2“ eine unmögliche Größe.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>%1 is compressed (%2); only an uncompressed backup (.tar) is restored.</source>
        <translation>%1 ist komprimiert (%2); wiederhergestellt wird nur eine unkomprimierte Sicherung (.tar).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is not enough room in %1: the backup needs %2 MB, %3 MB are free.</source>
        <translation>In %1 ist nicht genug Platz: Die Sicherung braucht %2 MB, frei sind %3 MB.</translation>
    </message>
    <message>
        <source>the file shrank</source>
        <translation>die Datei ist geschrumpft</translation>
    </message>
    <message>
        <source>%1 holds no profile to back up.</source>
        <translation>%1 enthält kein Profil, das gesichert werden könnte.</translation>
    </message>
</context>
<context>
    <name>ProfileTakeOut</name>
    <message>
        <source>Interview Coach export %1</source>
        <translation>Interview-Coach-Export %1</translation>
    </message>
    <message>
        <source>interview-coach-%1.tar</source>
        <translation>interview-coach-%1.tar</translation>
    </message>
</context>
<context>
    <name>QuestionCategory</name>
    <message>
        <source>Introduction and motivation</source>
        <translation>Einstieg und Motivation</translation>
    </message>
    <message>
        <source>Experience and projects</source>
        <translation>Erfahrung und Projekte</translation>
    </message>
    <message>
        <source>Technical depth</source>
        <translation>Technische Tiefe</translation>
    </message>
    <message>
        <source>Production and reliability</source>
        <translation>Betrieb und Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Behavioural (STAR stories)</source>
        <translation>Verhalten (STAR-Geschichten)</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>Teamarbeit</translation>
    </message>
    <message>
        <source>AI tools</source>
        <translation>KI-Werkzeuge</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>QuestionRepository</name>
    <message>
        <source>The question bank cannot be saved: %1</source>
        <translation>Der Fragenkatalog kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The question bank &quot;%1&quot; cannot be saved: %2</source>
        <translation>Der Fragenkatalog &quot;%1&quot; kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The categories cannot be read: %1</source>
        <translation>Die Kategorien können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The questions cannot be read: %1</source>
        <translation>Die Fragen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The question banks cannot be read: %1</source>
        <translation>Die Fragenkataloge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The bank &quot;%1&quot; has the id &quot;%2&quot; of a bank that comes with the program; give it an id of its own to import it.</source>
        <translation>Der Fragenkatalog &quot;%1&quot; hat die ID &quot;%2&quot; eines mitgelieferten Fragenkatalogs; für den Import braucht er eine eigene ID.</translation>
    </message>
    <message>
        <source>The question bank cannot be read: %1</source>
        <translation>Der Fragenkatalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no question bank &quot;%1&quot;.</source>
        <translation>Es gibt keinen Fragenkatalog &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The question cannot be saved: %1</source>
        <translation>Die Frage kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Only your own questions can be edited; the others can be hidden.</source>
        <translation>Nur eigene Fragen können bearbeitet werden; die anderen lassen sich ausblenden.</translation>
    </message>
    <message>
        <source>A question needs its text.</source>
        <translation>Eine Frage braucht einen Text.</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Meine Fragen</translation>
    </message>
    <message>
        <source>The question cannot be deleted: %1</source>
        <translation>Die Frage kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>This question has %1 recorded attempts and %2 linked stories, which would lose their question. Hide it instead, or delete those first.</source>
        <translation>Zu dieser Frage gibt es %1 aufgenommene Versuche und %2 verknüpfte Geschichten, die sonst ihre Frage verlieren würden. Die Frage stattdessen ausblenden oder zuerst diese Versuche und Geschichten löschen.</translation>
    </message>
    <message>
        <source>Only your own questions can be deleted; the others can be hidden.</source>
        <translation>Nur eigene Fragen können gelöscht werden; die anderen lassen sich ausblenden.</translation>
    </message>
    <message>
        <source>The question cannot be hidden: %1</source>
        <translation>Die Frage kann nicht ausgeblendet werden: %1</translation>
    </message>
    <message>
        <source>The question&apos;s guide cannot be read: %1</source>
        <translation>Die Erläuterungen zur Frage können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The question %1 is no longer in the profile.</source>
        <translation>Die Frage %1 ist nicht mehr im Profil.</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>is a FIFO</source>
        <translation>ist ein FIFO</translation>
    </message>
    <message>
        <source>is a device</source>
        <translation>ist ein Gerät</translation>
    </message>
    <message>
        <source>is a socket</source>
        <translation>ist ein Socket</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a recording</source>
        <translation>%1 ist ein symbolischer Link, keine Aufnahme</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 %2, not a recording</source>
        <translation>%1 %2, keine Aufnahme</translation>
    </message>
</context>
<context>
    <name>RubricText</name>
    <message>
        <source>Covered %1 of %2</source>
        <translation>%1 von %2 abgedeckt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 J</translation>
    </message>
    <message>
        <source>Next review today</source>
        <translation>Nächste Wiederholung heute</translation>
    </message>
    <message>
        <source>Next review tomorrow</source>
        <translation>Nächste Wiederholung morgen</translation>
    </message>
    <message>
        <source>Next review in %1 days</source>
        <translation>Nächste Wiederholung in %1 Tagen</translation>
    </message>
    <message>
        <source>Never practised</source>
        <translation>Noch nie geübt</translation>
    </message>
    <message>
        <source>Practised, not rated yet</source>
        <translation>Geübt, noch nicht bewertet</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due yesterday</source>
        <translation>Seit gestern fällig</translation>
    </message>
    <message>
        <source>Due %1 days ago</source>
        <translation>Seit %1 Tagen fällig</translation>
    </message>
    <message>
        <source>Nothing is due: next review tomorrow</source>
        <translation>Nichts fällig: nächste Wiederholung morgen</translation>
    </message>
    <message>
        <source>Nothing is due: next review in %1 days</source>
        <translation>Nichts fällig: nächste Wiederholung in %1 Tagen</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Heute fällig: %1</translation>
    </message>
    <message>
        <source>interview today</source>
        <translation>Vorstellungsgespräch heute</translation>
    </message>
    <message>
        <source>interview tomorrow</source>
        <translation>Vorstellungsgespräch morgen</translation>
    </message>
    <message>
        <source>interview in %1 days</source>
        <translation>Vorstellungsgespräch in %1 Tagen</translation>
    </message>
</context>
<context>
    <name>StarChecks</name>
    <message>
        <source>i,i&apos;m,i&apos;ve,i&apos;d,i&apos;ll,me,my,mine,myself</source>
        <extracomment>Comma-separated first-person singular words of the translation&apos;s language, used to check that an Action is told with &quot;I&quot;. Translate into the words of your language, not word by word.</extracomment>
        <translation>ich,mich,mir,mein,meine,meinen,meinem,meiner,meines</translation>
    </message>
    <message>
        <source>we,we&apos;re,we&apos;ve,we&apos;d,we&apos;ll,us,our,ours,ourselves</source>
        <extracomment>Comma-separated first-person plural words, used to notice an Action told only as &quot;we&quot;.</extracomment>
        <translation>wir,uns,unser,unsere,unseren,unserem,unserer,unseres</translation>
    </message>
    <message>
        <source>percent,per cent,half,double,doubled,twice,tripled,halved,seconds,second,minutes,minute,hours,hour,days,day,weeks,week,months,month,milliseconds,ms,users,customers,requests,errors,incidents,tickets,pages,dollars,euros,times,none,zero,fewer,faster,slower,cut,reduced,increased,saved</source>
        <extracomment>Comma-separated words that name a measurable outcome (digits always count), used to check the Result.</extracomment>
        <translation>prozent,hälfte,halbiert,verdoppelt,doppelt,dreifach,sekunden,sekunde,minuten,minute,stunden,stunde,tage,tag,wochen,woche,monate,monat,millisekunden,ms,nutzer,kunden,anfragen,fehler,vorfälle,tickets,seiten,euro,dollar,keine,null,weniger,schneller,langsamer,gesenkt,reduziert,gesteigert,erhöht,gespart,tagen,monaten,wochen,fehlern,nutzern,anfragen</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The %1 is still empty.</source>
        <translation>Der Abschnitt &quot;%1&quot; ist noch leer.</translation>
    </message>
    <message>
        <source>The Result names no number or measurable outcome (a time, a percentage, a count).</source>
        <translation>Das Ergebnis nennt keine Zahl und kein messbares Resultat (eine Zeit, einen Prozentsatz, eine Anzahl).</translation>
    </message>
    <message>
        <source>The Action says &quot;we&quot; but never &quot;I&quot;: interviewers want to hear what you did.</source>
        <translation>Die Handlung sagt &quot;wir&quot;, aber nie &quot;ich&quot;: Interviewer wollen hören, was Sie selbst getan haben.</translation>
    </message>
    <message>
        <source>The Situation (%1 words) is longer than the Action (%2 words); most of the answer belongs to what you did.</source>
        <translation>Die Situation (%1 Wörter) ist länger als die Handlung (%2 Wörter); der größte Teil der Antwort gehört dem, was Sie selbst getan haben.</translation>
    </message>
</context>
<context>
    <name>StartupReports</name>
    <message>
        <source>Interrupted recordings</source>
        <translation>Unterbrochene Aufnahmen</translation>
    </message>
    <message>
        <source>Interrupted takes recovered and kept: %1. They are marked &quot;recovered&quot; and listed under View &gt; Recovered Takes.</source>
        <translation>Unterbrochene Aufnahmen wiederhergestellt und behalten: %1. Sie sind als „wiederhergestellt“ markiert und unter Ansicht &gt; Wiederhergestellte Aufnahmen aufgeführt.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
</context>
<context>
    <name>StoryRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The story cannot be created</source>
        <translation>Die Geschichte kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The story cannot be created: %1</source>
        <translation>Die Geschichte kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The story cannot be saved</source>
        <translation>Die Geschichte kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Die Geschichte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The story&apos;s tags cannot be saved</source>
        <translation>Die Kompetenzen der Geschichte können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The story cannot be deleted</source>
        <translation>Die Geschichte kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The stories cannot be read</source>
        <translation>Die Geschichten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The story cannot be linked to the question</source>
        <translation>Die Geschichte kann nicht mit der Frage verknüpft werden</translation>
    </message>
    <message>
        <source>The link cannot be removed</source>
        <translation>Die Verknüpfung kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>The story&apos;s questions cannot be read</source>
        <translation>Die Fragen der Geschichte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The revision cannot be kept</source>
        <translation>Die Version kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The revisions cannot be read</source>
        <translation>Die Versionen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The story cannot be saved: %1</source>
        <translation>Die Geschichte kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The stories&apos; competencies cannot be read</source>
        <translation>Die Kompetenzen der Geschichten können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>StoryText</name>
    <message>
        <source>ownership</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>debugging under pressure</source>
        <translation>Fehlersuche unter Druck</translation>
    </message>
    <message>
        <source>trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <source>collaboration</source>
        <translation>Zusammenarbeit</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>learning from failure</source>
        <translation>Lernen aus Fehlern</translation>
    </message>
    <message>
        <source>leadership</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>customer focus</source>
        <translation>Kundenorientierung</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>Competencies: %1</source>
        <translation>Kompetenzen: %1</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Beantwortet:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>TakeFiles</name>
    <message>
        <source>audio outside the profile</source>
        <translation>Audio außerhalb des Profils</translation>
    </message>
</context>
<context>
    <name>TakeRecovery</name>
    <message>
        <source>The recording %1 has a name Interview Coach does not know; it was left as it is.</source>
        <translation>Die Aufnahme %1 hat einen Namen, den Interview Coach nicht kennt; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The interrupted recording %1 cannot be renamed; it was left as it is.</source>
        <translation>Die unterbrochene Aufnahme %1 kann nicht umbenannt werden; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The interrupted recording %1 cannot be kept as an attempt: %2</source>
        <translation>Die unterbrochene Aufnahme %1 kann nicht als Versuch übernommen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 is a link to elsewhere (%2); no recording in it was kept.</source>
        <translation>Der Ordner %1 ist ein Link an einen anderen Ort (%2); keine Aufnahme darin wurde übernommen.</translation>
    </message>
    <message>
        <source>The recording %1: %2; it was left as it is.</source>
        <translation>Die Aufnahme %1: %2; sie wurde gelassen, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>coach::ActionManager</name>
    <message>
        <source>&amp;Stop Recording</source>
        <translation>Aufnahme &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Record Answer</source>
        <translation>Antwort &amp;aufnehmen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Üben</translation>
    </message>
    <message>
        <source>&amp;Play or Pause Attempt</source>
        <translation>Versuch abspielen oder &amp;pausieren</translation>
    </message>
    <message>
        <source>Story &amp;Bank…</source>
        <translation>&amp;Geschichtensammlung…</translation>
    </message>
    <message>
        <source>Practise &amp;Next Question</source>
        <translation>&amp;Nächste Frage üben</translation>
    </message>
    <message>
        <source>The most overdue question, then one never practised</source>
        <translation>Zuerst die am längsten überfällige Frage, dann eine noch nie geübte</translation>
    </message>
    <message>
        <source>&amp;Interview Date…</source>
        <translation>&amp;Interviewtermin…</translation>
    </message>
    <message>
        <source>&amp;Mock Interview…</source>
        <translation>P&amp;robeinterview…</translation>
    </message>
    <message>
        <source>Questions asked aloud one after another, each answer recorded</source>
        <translation>Fragen werden nacheinander laut gestellt, jede Antwort wird aufgenommen</translation>
    </message>
    <message>
        <source>&amp;New Question…</source>
        <translation>&amp;Neue Frage…</translation>
    </message>
    <message>
        <source>E&amp;dit Question…</source>
        <translation>Frage &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete Question…</source>
        <translation>Frage &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Hide Question</source>
        <translation>Frage &amp;ausblenden</translation>
    </message>
    <message>
        <source>Questions that come with the program can be hidden, not edited</source>
        <translation>Mitgelieferte Fragen lassen sich ausblenden, aber nicht bearbeiten</translation>
    </message>
    <message>
        <source>Show Hi&amp;dden Questions</source>
        <translation>&amp;Ausgeblendete Fragen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Import Questions…</source>
        <translation>Fragen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Questions…</source>
        <translation>Fragen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;All Data…</source>
        <translation>&amp;Alle Daten exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Profile…</source>
        <translation>Profil &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore Profile…</source>
        <translation>Profil &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Delete All Data…</source>
        <translation>Alle Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;History of Attempts</source>
        <translation>&amp;Verlauf der Versuche</translation>
    </message>
    <message>
        <source>Re&amp;covered Takes</source>
        <translation>&amp;Wiederhergestellte Aufnahmen</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>&amp;Rollen…</translation>
    </message>
    <message>
        <source>Choose the roles whose questions are listed</source>
        <translation>Die Rollen wählen, deren Fragen aufgeführt werden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key of the main window on one sheet</source>
        <translation>Alle Tasten des Hauptfensters auf einem Blatt</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Practice panel (outside text fields)</source>
        <translation>Übungsbereich (außerhalb von Textfeldern)</translation>
    </message>
    <message>
        <source>Start or stop recording</source>
        <translation>Aufnahme starten oder beenden</translation>
    </message>
    <message>
        <source>Stop playback</source>
        <translation>Wiedergabe anhalten</translation>
    </message>
    <message>
        <source>Rate the selected take: Again, Hard, Good, Easy</source>
        <translation>Ausgewählte Aufnahme bewerten: Nochmal, Schwer, Gut, Einfach</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Tick or untick the first five points of the self-review</source>
        <translation>Die ersten fünf Punkte der Selbstbewertung abhaken oder den Haken entfernen</translation>
    </message>
    <message>
        <source>Attempt list</source>
        <translation>Aufnahmeliste</translation>
    </message>
</context>
<context>
    <name>coach::AnalysisProgressBar</name>
    <message>
        <source>Analysing recordings: %v of %m</source>
        <translation>Aufnahmen werden ausgewertet: %v von %m</translation>
    </message>
</context>
<context>
    <name>coach::AnalysisQueue</name>
    <message>
        <source>Delivery figures could not be computed: %1</source>
        <translation>Die Vortragswerte konnten nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>coach::AttemptListModel</name>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>(recovered after an interruption)</source>
        <translation>(nach einer Unterbrechung wiederhergestellt)</translation>
    </message>
    <message>
        <source>(audio file missing)</source>
        <translation>(Audiodatei fehlt)</translation>
    </message>
    <message>
        <source>(audio file damaged)</source>
        <translation>(Audiodatei beschädigt)</translation>
    </message>
    <message>
        <source>best take</source>
        <translation>beste Aufnahme</translation>
    </message>
    <message>
        <source>with notes</source>
        <translation>mit Notizen</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Your best take of this question</source>
        <translation>Ihre beste Aufnahme zu dieser Frage</translation>
    </message>
    <message>
        <source>key points %1</source>
        <translation>Kernpunkte %1</translation>
    </message>
</context>
<context>
    <name>coach::AttemptsPanel</name>
    <message>
        <source>Your attempts</source>
        <translation>Bisherige Versuche</translation>
    </message>
    <message>
        <source>Attempts of this question</source>
        <translation>Versuche zu dieser Frage</translation>
    </message>
    <message>
        <source>Choose an attempt to listen to it</source>
        <translation>Einen Versuch auswählen, um ihn anzuhören</translation>
    </message>
    <message>
        <source>The audio file of this attempt is missing: %1</source>
        <translation>Die Audiodatei dieses Versuchs fehlt: %1</translation>
    </message>
    <message>
        <source>Delivery figures are being computed…</source>
        <translation>Die Vortragswerte werden berechnet…</translation>
    </message>
    <message>
        <source>Your usual pace: %1.</source>
        <translation>Ihr übliches Tempo: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rate this take &quot;%1&quot; (key %2)</source>
        <translation>Diese Aufnahme mit &quot;%1&quot; bewerten (Taste %2)</translation>
    </message>
    <message>
        <source>Notes on this take</source>
        <translation>Notizen zu dieser Aufnahme</translation>
    </message>
    <message>
        <source>How did that take go? Keys 1 to 4:</source>
        <translation>Wie lief diese Aufnahme? Tasten 1 bis 4:</translation>
    </message>
    <message>
        <source>Your rating:</source>
        <translation>Ihre Bewertung:</translation>
    </message>
    <message>
        <source>This attempt is not played: %1.</source>
        <translation>Dieser Versuch wird nicht abgespielt: %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Best Take</source>
        <translation>&amp;Beste Aufnahme</translation>
    </message>
    <message>
        <source>Mark this take as your best answer to the question (key B); again takes the mark away</source>
        <translation>Diese Aufnahme als Ihre beste Antwort auf die Frage markieren (Taste B); nochmals entfernt die Markierung</translation>
    </message>
</context>
<context>
    <name>coach::AudioInputModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
</context>
<context>
    <name>coach::AudioPlayer</name>
    <message>
        <source>The audio file %1 holds no sound; it may be damaged.</source>
        <translation>Die Audiodatei %1 enthält keinen Ton; sie ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>No speaker or headphones were found to play the attempt on.</source>
        <translation>Es wurden keine Lautsprecher oder Kopfhörer gefunden, um den Versuch abzuspielen.</translation>
    </message>
    <message>
        <source>Playback stopped: the sound output reported an error.</source>
        <translation>Wiedergabe beendet: Die Tonausgabe hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The sound output %1 cannot play the attempt.</source>
        <translation>Die Tonausgabe %1 kann den Versuch nicht abspielen.</translation>
    </message>
</context>
<context>
    <name>coach::AudioRecorder</name>
    <message>
        <source>A recording is already running.</source>
        <translation>Es läuft bereits eine Aufnahme.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or check the sound settings.</source>
        <translation>Es wurde kein Mikrofon gefunden. Bitte ein Mikrofon anschließen oder die Toneinstellungen prüfen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created, so nothing can be recorded.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden, daher ist keine Aufnahme möglich.</translation>
    </message>
    <message>
        <source>The recording %1 exists already.</source>
        <translation>Die Aufnahme %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The microphone %1 cannot be opened.</source>
        <translation>Das Mikrofon %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The recording stopped because it cannot be written: %1 What was recorded until then is kept.</source>
        <translation>Die Aufnahme wurde beendet, weil sie nicht geschrieben werden kann: %1 Das bis dahin Aufgenommene bleibt erhalten.</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound. What was recorded until then is kept.</source>
        <translation>Das Mikrofon liefert keinen Ton mehr. Das bis dahin Aufgenommene bleibt erhalten.</translation>
    </message>
    <message>
        <source>The microphone %1 was disconnected. What was recorded until then is kept.</source>
        <translation>Das Mikrofon %1 wurde getrennt. Das bis dahin Aufgenommene bleibt erhalten.</translation>
    </message>
    <message>
        <source>No sound arrived from the microphone, so nothing was recorded.</source>
        <translation>Vom Mikrofon kam kein Ton, daher wurde nichts aufgenommen.</translation>
    </message>
    <message>
        <source>The recording could not be given its final name; it will be recovered on the next start.</source>
        <translation>Die Aufnahme konnte nicht endgültig benannt werden; sie wird beim nächsten Start wiederhergestellt.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 free), so nothing can be recorded. Make room on it and try again.</source>
        <translation>Der Datenträger mit %1 ist voll (%2 frei), deshalb kann nichts aufgenommen werden. Schaffen Sie dort Platz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>coach::ChartView</name>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>coach::CompareDialog</name>
    <message>
        <source>Compare Attempts</source>
        <translation>Versuche vergleichen</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>Your rating: %1 %2</source>
        <translation>Ihre Bewertung: %1 %2</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>The audio file of this attempt is missing: %1</source>
        <translation>Die Audiodatei dieses Versuchs fehlt: %1</translation>
    </message>
</context>
<context>
    <name>coach::HistoryModel</name>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Pauses ≥ 2 s</source>
        <translation>Pausen ≥ 2 s</translation>
    </message>
    <message>
        <source>Longest pause</source>
        <translation>Längste Pause</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(recovered after an interruption)</source>
        <translation>(nach einer Unterbrechung wiederhergestellt)</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Pace (overall)</source>
        <translation>Tempo (insgesamt)</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
</context>
<context>
    <name>coach::HistoryWindow</name>
    <message>
        <source>History of Attempts</source>
        <translation>Verlauf der Versuche</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select two attempts of one question to compare them side by side</source>
        <translation>Zwei Versuche zu einer Frage auswählen, um sie nebeneinander zu vergleichen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Move the selected attempts to the trash (Delete)</source>
        <translation>Die ausgewählten Versuche in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Bring back the attempts deleted last (Ctrl+Z)</source>
        <translation>Die zuletzt gelöschten Versuche zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Choose an attempt to listen to it</source>
        <translation>Einen Versuch auswählen, um ihn anzuhören</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 Versuch</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <source>The audio file of this attempt is missing.</source>
        <translation>Die Audiodatei dieses Versuchs fehlt.</translation>
    </message>
    <message>
        <source>Delete Attempts</source>
        <translation>Versuche löschen</translation>
    </message>
    <message>
        <source>Move this attempt and its recording to the trash?</source>
        <translation>Diesen Versuch samt Aufnahme in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Move these %1 attempts and their recordings to the trash?</source>
        <translation>Diese %1 Versuche samt Aufnahmen in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>1 attempt moved to the trash. Undo with Ctrl+Z; the trash is emptied after %1 days.</source>
        <translation>1 Versuch in den Papierkorb verschoben. Rückgängig mit Strg+Z; der Papierkorb wird nach %1 Tagen geleert.</translation>
    </message>
    <message>
        <source>%1 attempts moved to the trash. Undo with Ctrl+Z; the trash is emptied after %2 days.</source>
        <translation>%1 Versuche in den Papierkorb verschoben. Rückgängig mit Strg+Z; der Papierkorb wird nach %2 Tagen geleert.</translation>
    </message>
    <message>
        <source>1 attempt restored.</source>
        <translation>1 Versuch wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 attempts restored.</source>
        <translation>%1 Versuche wiederhergestellt.</translation>
    </message>
    <message>
        <source>Select two attempts of the same question to compare them.</source>
        <translation>Zum Vergleichen zwei Versuche derselben Frage auswählen.</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Only takes recovered after an interruption: recordings found without their attempt, kept as attempts marked &quot;recovered&quot;</source>
        <translation>Nur nach einer Unterbrechung wiederhergestellte Aufnahmen: Aufnahmen, die ohne ihren Versuch gefunden und als Versuche mit der Markierung „wiederhergestellt“ behalten wurden</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Bis Datum</translation>
    </message>
</context>
<context>
    <name>coach::ImportQuestionsDialog</name>
    <message>
        <source>Import Questions</source>
        <translation>Fragen importieren</translation>
    </message>
    <message>
        <source>Questions to be added</source>
        <translation>Hinzuzufügende Fragen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2: %3 new questions will be added; %4 are already there and stay as they are.</source>
        <translation>&quot;%1&quot; aus %2: %3 neue Fragen werden hinzugefügt; %4 sind bereits vorhanden und bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>coach::InterviewDateDialog</name>
    <message>
        <source>Interview Date</source>
        <translation>Interviewtermin</translation>
    </message>
    <message>
        <source>With an interview date, reviews that would fall on or after it are brought forward, so every question you have practised comes up at least once before the day.</source>
        <translation>Ist ein Interviewtermin gesetzt, werden Wiederholungen, die auf diesen Tag oder später fallen würden, vorgezogen. So kommt jede bereits geübte Frage vor dem Termin mindestens einmal an die Reihe.</translation>
    </message>
    <message>
        <source>I have an interview on</source>
        <translation>Ich habe ein Vorstellungsgespräch am</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Datum des Vorstellungsgesprächs</translation>
    </message>
</context>
<context>
    <name>coach::KeyPointEditor</name>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Key point %1</source>
        <translation>Kernpunkt %1</translation>
    </message>
    <message>
        <source>How key point %1 sounds</source>
        <translation>Wie Kernpunkt %1 klingt</translation>
    </message>
    <message>
        <source>sounds like…</source>
        <translation>klingt wie …</translation>
    </message>
    <message>
        <source>How you say it, in words the listening knows</source>
        <translation>Wie Sie es aussprechen, in Wörtern, die die Erkennung kennt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this key point (Ctrl+Z puts it back)</source>
        <translation>Diesen Kernpunkt entfernen (Strg+Z holt ihn zurück)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be listened for as written: write how you say it in the &quot;sounds like&quot; field beside &quot;%2&quot;.</source>
        <translation>„%1“ kann so geschrieben nicht erkannt werden: Schreiben Sie im Feld „klingt wie“ neben „%2“, wie Sie es aussprechen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in how &quot;%2&quot; sounds cannot be listened for: write it in other words.</source>
        <translation>„%1“ in der Aussprache von „%2“ kann nicht erkannt werden: Schreiben Sie es mit anderen Wörtern.</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Phrases you mean to say in your answer; each take is listened for them</source>
        <translation>Formulierungen, die Sie in Ihrer Antwort sagen wollen; jede Aufnahme wird darauf abgehört</translation>
    </message>
    <message>
        <source>New key point</source>
        <translation>Neuer Kernpunkt</translation>
    </message>
    <message>
        <source>A phrase you mean to say, e.g. &quot;composite index&quot;</source>
        <translation>Eine Formulierung, die Sie sagen wollen, z. B. „composite index“</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Phrases from your STAR answer and from what a strong answer shows</source>
        <translation>Formulierungen aus Ihrer STAR-Antwort und aus dem, was eine starke Antwort zeigt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>coach::KeyPointQueue</name>
    <message>
        <source>Key points are not listened for: the speech model is not installed.</source>
        <translation>Kernpunkte werden nicht erkannt: Das Sprachmodell ist nicht installiert.</translation>
    </message>
    <message>
        <source>Key points are listened for in English questions only.</source>
        <translation>Kernpunkte werden nur in englischen Fragen erkannt.</translation>
    </message>
    <message>
        <source>Key points are listened for only while the program is in English.</source>
        <translation>Kernpunkte werden nur erkannt, solange das Programm auf Englisch ist.</translation>
    </message>
    <message>
        <source>Key points could not be listened for: %1</source>
        <translation>Kernpunkte konnten nicht erkannt werden: %1</translation>
    </message>
</context>
<context>
    <name>coach::LevelMeter</name>
    <message>
        <source>Input level in dBFS: keep speech in the green, peaks below the red. The clip light stays on until clicked.</source>
        <translation>Eingangspegel in dBFS: Sprache im grünen Bereich halten, Spitzen unterhalb des roten Bereichs. Die CLIP-Anzeige leuchtet, bis sie angeklickt wird.</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <source>%1 dBFS peak</source>
        <translation>Spitzenpegel %1 dBFS</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
</context>
<context>
    <name>coach::LinkStoryDialog</name>
    <message>
        <source>Link a story</source>
        <translation>Eine Geschichte verknüpfen</translation>
    </message>
    <message>
        <source>Which story answers this question too?</source>
        <translation>Welche Geschichte beantwortet auch diese Frage?</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Text of the chosen story</source>
        <translation>Text der gewählten Geschichte</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
</context>
<context>
    <name>coach::MainWindow</name>
    <message>
        <source>Questions in the bank: %1</source>
        <translation>Fragen im Fragenkatalog: %1</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>S&amp;TAR Answer</source>
        <translation>S&amp;TAR-Antwort</translation>
    </message>
    <message>
        <source>Story not saved</source>
        <translation>Geschichte nicht gespeichert</translation>
    </message>
    <message>
        <source>The last changes to the story could not be saved: %1

Quit anyway?</source>
        <translation>Die letzten Änderungen an der Geschichte konnten nicht gespeichert werden: %1

Trotzdem beenden?</translation>
    </message>
    <message>
        <source>Mock Interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <source>Hide Question</source>
        <translation>Frage ausblenden</translation>
    </message>
    <message>
        <source>Interview Coach</source>
        <translation>Interview Coach</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find Question</source>
        <translation>&amp;Frage suchen</translation>
    </message>
    <message>
        <source>Show &amp;Sample Answer</source>
        <translation>&amp;Beispielantwort anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Interview Coach</source>
        <translation>&amp;Über Interview Coach</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>A take is being recorded. Stop it and keep it, then set up the mock interview?</source>
        <translation>Gerade läuft eine Aufnahme. Beenden und behalten, dann das Probeinterview einrichten?</translation>
    </message>
    <message>
        <source>&amp;Key Points</source>
        <translation>&amp;Kernpunkte</translation>
    </message>
</context>
<context>
    <name>coach::MediaModule</name>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not Interview Coach&apos;s media module</source>
        <translation>%1 ist nicht das Medienmodul von Interview Coach</translation>
    </message>
    <message>
        <source>the media module (%1) is missing; looked in: %2</source>
        <translation>das Medienmodul (%1) fehlt; gesucht in: %2</translation>
    </message>
    <message>
        <source>Sound is not available: %1</source>
        <translation>Ton ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>coach::MockInterviewWindow</name>
    <message>
        <source>Mock Interview: Summary</source>
        <translation>Probeinterview: Zusammenfassung</translation>
    </message>
    <message>
        <source>Mock Interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <source>Space: next  ·  S: skip the question  ·  P: pause  ·  Escape: end the interview</source>
        <translation>Leertaste: weiter  ·  S: Frage überspringen  ·  P: Pause  ·  Esc: Interview beenden</translation>
    </message>
    <message>
        <source>Answers of this interview</source>
        <translation>Antworten dieses Interviews</translation>
    </message>
    <message>
        <source>A mock interview is already running.</source>
        <translation>Es läuft bereits ein Probeinterview.</translation>
    </message>
    <message>
        <source>No question matches these choices.</source>
        <translation>Keine Frage passt zu dieser Auswahl.</translation>
    </message>
    <message>
        <source>The answer could not be finished; it will be recovered on the next start.</source>
        <translation>Die Antwort konnte nicht abgeschlossen werden; sie wird beim nächsten Start wiederhergestellt.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>The questions are shown but not read aloud: %1</source>
        <translation>Die Fragen werden angezeigt, aber nicht vorgelesen: %1</translation>
    </message>
    <message>
        <source>Paused. Press P to go on.</source>
        <translation>Pausiert. Mit P geht es weiter.</translation>
    </message>
    <message>
        <source>The interviewer is asking…</source>
        <translation>Der Interviewer stellt die Frage…</translation>
    </message>
    <message>
        <source>Think about your answer: %1 s. Space starts now.</source>
        <translation>Bedenkzeit für die Antwort: %1 s. Leertaste startet sofort.</translation>
    </message>
    <message>
        <source>Recording %1. Space ends the answer.</source>
        <translation>Aufnahme läuft: %1. Leertaste beendet die Antwort.</translation>
    </message>
    <message>
        <source>Answer saved. Next question…</source>
        <translation>Antwort gespeichert. Nächste Frage…</translation>
    </message>
    <message>
        <source>Interview finished: %1 of %2 questions answered in %3.</source>
        <translation>Interview abgeschlossen: %1 von %2 Fragen in %3 beantwortet.</translation>
    </message>
    <message>
        <source>It was ended early.</source>
        <translation>Es wurde vorzeitig beendet.</translation>
    </message>
    <message>
        <source>The recorder stopped it: %1</source>
        <translation>Es wurde wegen eines Aufnahmeproblems abgebrochen: %1</translation>
    </message>
    <message>
        <source>1 to 4: rate the selected answer  ·  5 to 9: tick its points  ·  Space or Enter: play it  ·  Escape: close</source>
        <translation>1 bis 4: ausgewählte Antwort bewerten  ·  5 bis 9: ihre Punkte abhaken  ·  Leertaste oder Eingabe: abspielen  ·  Esc: schließen</translation>
    </message>
    <message>
        <source>Follow-up to question %1 of %2</source>
        <translation>Nachfrage zu Frage %1 von %2</translation>
    </message>
    <message>
        <source>Answer saved. A follow-up question…</source>
        <translation>Antwort gespeichert. Eine Nachfrage …</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Nachfrage: %1</translation>
    </message>
</context>
<context>
    <name>coach::MockOptionsDialog</name>
    <message>
        <source>Mock Interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <source>Due for review first</source>
        <translation>Zur Wiederholung fällige Fragen zuerst</translation>
    </message>
    <message>
        <source>Never practised first</source>
        <translation>Noch nie geübte Fragen zuerst</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Read the questions aloud</source>
        <translation>Fragen vorlesen</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source>Questions cannot be read aloud here: %1 The interview works with the text only.</source>
        <translation>Fragen können hier nicht vorgelesen werden: %1 Das Interview läuft dann nur mit dem Text.</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorien:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Thinking time:</source>
        <translation>&amp;Bedenkzeit:</translation>
    </message>
    <message>
        <source>&amp;Longest answer:</source>
        <translation>&amp;Höchstdauer je Antwort:</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>The interviewer asks each question and gives you a moment to think; then recording starts by itself. Space moves on, S skips a question, P pauses and Escape ends the interview.</source>
        <translation>Der Interviewer stellt jede Frage und gibt Ihnen einen Moment Bedenkzeit; danach startet die Aufnahme von selbst. Mit der Leertaste geht es weiter, S überspringt eine Frage, P pausiert und Esc beendet das Interview.</translation>
    </message>
    <message>
        <source>Ask one &amp;follow-up after each answer</source>
        <translation>Nach jeder Antwort eine &amp;Nachfrage stellen</translation>
    </message>
    <message>
        <source>After each answer, one of the question&apos;s follow-up questions is asked and answered as a take of its own.</source>
        <translation>Nach jeder Antwort wird eine der Nachfragen zur Frage gestellt und als eigene Aufnahme beantwortet.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
</context>
<context>
    <name>coach::MockSummaryModel</name>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>being analysed…</source>
        <translation>wird ausgewertet…</translation>
    </message>
    <message>
        <source>no speech found</source>
        <translation>keine Sprache gefunden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Length against the target</source>
        <translation>Dauer im Vergleich zur Zieldauer</translation>
    </message>
    <message>
        <source>Pauses ≥ 2 s</source>
        <translation>Pausen ≥ 2 s</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Ihre Bewertung</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Pace (overall)</source>
        <translation>Tempo (insgesamt)</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
</context>
<context>
    <name>coach::PlaybackBar</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop playback (Escape)</source>
        <translation>Wiedergabe stoppen (Esc)</translation>
    </message>
    <message>
        <source>Waveform of the take; click to play from there</source>
        <translation>Wellenform der Aufnahme; klicken, um ab dieser Stelle abzuspielen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play or pause the selected attempt</source>
        <translation>Den ausgewählten Versuch abspielen oder pausieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>coach::PractiseView</name>
    <message>
        <source>Practise: %1</source>
        <translation>Üben: %1</translation>
    </message>
</context>
<context>
    <name>coach::ProgressView</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>1 attempt in all</source>
        <translation>1 Versuch insgesamt</translation>
    </message>
    <message>
        <source>%1 attempts in all</source>
        <translation>%1 Versuche insgesamt</translation>
    </message>
    <message>
        <source>current streak: %1 (days in a row with practice)</source>
        <translation>aktuelle Serie: %1 (Tage in Folge mit Übung)</translation>
    </message>
    <message>
        <source>longest streak: %1</source>
        <translation>längste Serie: %1</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>not analysed</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <source>Attempts a week</source>
        <translation>Versuche pro Woche</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Noch keine Versuche.</translation>
    </message>
    <message>
        <source>Average self-rating (1 Again to 4 Easy)</source>
        <translation>Durchschnittliche Selbstbewertung (1 Nochmal bis 4 Einfach)</translation>
    </message>
    <message>
        <source>No rated attempts yet.</source>
        <translation>Noch keine bewerteten Versuche.</translation>
    </message>
    <message>
        <source>No analysed attempts yet.</source>
        <translation>Noch keine ausgewerteten Versuche.</translation>
    </message>
    <message>
        <source>Pauses of 2 s or more per attempt</source>
        <translation>Pausen ab 2 s pro Versuch</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 of %2 practised</source>
        <translation>%1 von %2 geübt</translation>
    </message>
    <message>
        <source>Questions practised, by category</source>
        <translation>Geübte Fragen nach Kategorie</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Every question has been practised at least once.</source>
        <translation>Jede Frage wurde mindestens einmal geübt.</translation>
    </message>
    <message>
        <source>Never practised (%1):</source>
        <translation>Noch nie geübt (%1):</translation>
    </message>
    <message>
        <source>%1% of the points, in 1 reviewed take</source>
        <translation>%1 % der Punkte, in 1 bewerteten Aufnahme</translation>
    </message>
    <message>
        <source>%1% of the points, in %2 reviewed takes</source>
        <translation>%1 % der Punkte, in %2 bewerteten Aufnahmen</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Points covered, by your own review (%)</source>
        <translation>Abgedeckte Punkte, nach eigener Bewertung (%)</translation>
    </message>
    <message>
        <source>No reviewed takes yet.</source>
        <translation>Noch keine bewerteten Aufnahmen.</translation>
    </message>
    <message>
        <source>Pace overall, words a minute (shaded: %1 to %2)</source>
        <translation>Tempo insgesamt in Wörtern pro Minute (schattiert: %1 bis %2)</translation>
    </message>
    <message>
        <source>1 attempt in this period</source>
        <translation>1 Aufnahme in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 attempts in this period</source>
        <translation>%1 Aufnahmen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>No attempts in this period.</source>
        <translation>Keine Aufnahmen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Answer length against the target (dashed line): the %1 questions furthest from it</source>
        <translation>Antwortlänge gegen das Ziel (gestrichelte Linie): die %1 Fragen, die am weitesten davon entfernt sind</translation>
    </message>
    <message>
        <source>Answer length against the target (dashed line), furthest from it first</source>
        <translation>Antwortlänge gegen das Ziel (gestrichelte Linie), die am weitesten entfernten zuerst</translation>
    </message>
    <message>
        <source>Show all %1 questions</source>
        <translation>Alle %1 Fragen zeigen</translation>
    </message>
    <message>
        <source>Every question was practised in this period.</source>
        <translation>Jede Frage wurde in diesem Zeitraum geübt.</translation>
    </message>
    <message>
        <source>Not practised in this period (%1):</source>
        <translation>In diesem Zeitraum nicht geübt (%1):</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1 (interview day)</source>
        <translation>%1 (Tag des Interviews)</translation>
    </message>
    <message>
        <source>Questions due for review, next %1 days</source>
        <translation>Fällige Wiederholungen, nächste %1 Tage</translation>
    </message>
    <message>
        <source>No reviews are scheduled in the next %1 days.</source>
        <translation>In den nächsten %1 Tagen sind keine Wiederholungen fällig.</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>%1% of the key points heard, in 1 take</source>
        <translation>%1 % der Kernpunkte gehört, in 1 Aufnahme</translation>
    </message>
    <message>
        <source>%1% of the key points heard, in %2 takes</source>
        <translation>%1 % der Kernpunkte gehört, in %2 Aufnahmen</translation>
    </message>
    <message>
        <source>no key points listened for</source>
        <translation>auf keine Kernpunkte gehört</translation>
    </message>
    <message>
        <source>Key points heard in the takes (%)</source>
        <translation>In den Aufnahmen gehörte Kernpunkte (%)</translation>
    </message>
    <message>
        <source>No take has been listened to for key points yet.</source>
        <translation>Noch keine Aufnahme wurde auf Kernpunkte abgehört.</translation>
    </message>
</context>
<context>
    <name>coach::QuestionBrowser</name>
    <message>
        <source>Search questions and tags (Ctrl+F)</source>
        <translation>Fragen und Schlagwörter durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>No question matches this search.</source>
        <translation>Keine Frage passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Wiederholungsstatus</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Due for review (%1)</source>
        <translation>Zur Wiederholung fällig (%1)</translation>
    </message>
    <message>
        <source>Never practised (%1)</source>
        <translation>Noch nie geübt (%1)</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>All my roles</source>
        <translation>Alle meine Rollen</translation>
    </message>
</context>
<context>
    <name>coach::QuestionEditing</name>
    <message>
        <source>New Question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Your question was added.</source>
        <translation>Ihre Frage wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Only your own questions can be deleted; the others can be hidden.</source>
        <translation>Nur eigene Fragen können gelöscht werden; die anderen lassen sich ausblenden.</translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>Delete your question &quot;%1&quot;?</source>
        <translation>Ihre Frage &quot;%1&quot; löschen?</translation>
    </message>
    <message>
        <source>Your question was deleted.</source>
        <translation>Ihre Frage wurde gelöscht.</translation>
    </message>
    <message>
        <source>Choose a question first.</source>
        <translation>Zuerst eine Frage auswählen.</translation>
    </message>
    <message>
        <source>The question is hidden. View &gt; Show Hidden Questions lists it again.</source>
        <translation>Die Frage ist ausgeblendet. Über Ansicht &gt; Ausgeblendete Fragen anzeigen wird sie wieder aufgeführt.</translation>
    </message>
    <message>
        <source>The question is shown again.</source>
        <translation>Die Frage wird wieder angezeigt.</translation>
    </message>
    <message>
        <source>Import Questions</source>
        <translation>Fragen importieren</translation>
    </message>
    <message>
        <source>Question banks (*.json *.md *.markdown);;All files (*)</source>
        <translation>Fragenkataloge (*.json *.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Questions added: %1.</source>
        <translation>Hinzugefügte Fragen: %1.</translation>
    </message>
    <message>
        <source>%1 (%2 questions)</source>
        <translation>%1 (%2 Fragen)</translation>
    </message>
    <message>
        <source>Export Questions</source>
        <translation>Fragen exportieren</translation>
    </message>
    <message>
        <source>Question bank:</source>
        <translation>Fragenkatalog:</translation>
    </message>
    <message>
        <source>Question banks (*.json)</source>
        <translation>Fragenkataloge (*.json)</translation>
    </message>
    <message>
        <source>%1 questions written to %2.</source>
        <translation>%1 Fragen in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>coach::QuestionEditorDialog</name>
    <message>
        <source>Your Question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <source>The question, as an interviewer would ask it</source>
        <translation>Die Frage, so wie ein Interviewer sie stellen würde</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Meine Fragen</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Schlagwörter zum Wiederfinden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>One tip a line</source>
        <translation>Ein Tipp pro Zeile</translation>
    </message>
    <message>
        <source>A behavioural question, answered as a STAR story</source>
        <translation>Eine Verhaltensfrage, als STAR-Geschichte zu beantworten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schla&amp;gwörter:</translation>
    </message>
    <message>
        <source>&amp;Why it is asked:</source>
        <translation>&amp;Warum sie gestellt wird:</translation>
    </message>
    <message>
        <source>T&amp;ips:</source>
        <translation>&amp;Tipps:</translation>
    </message>
    <message>
        <source>&amp;Sample answer:</source>
        <translation>&amp;Beispielantwort:</translation>
    </message>
    <message>
        <source>Target &amp;length:</source>
        <translation>&amp;Zieldauer:</translation>
    </message>
    <message>
        <source>Only the question itself is required.</source>
        <translation>Nur die Frage selbst muss ausgefüllt werden.</translation>
    </message>
</context>
<context>
    <name>coach::QuestionTreeModel</name>
    <message>
        <source>never practised</source>
        <translation>noch nie geübt</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>zur Wiederholung fällig</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>nächste Wiederholung am %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>hidden, %1</source>
        <translation>ausgeblendet, %1</translation>
    </message>
</context>
<context>
    <name>coach::QuestionView</name>
    <message>
        <source>Behavioural: answer as a STAR story</source>
        <translation>Verhaltensfrage: als STAR-Geschichte antworten</translation>
    </message>
    <message>
        <source>Target length %1</source>
        <translation>Zieldauer %1</translation>
    </message>
    <message>
        <source>Hide sample answer</source>
        <translation>Beispielantwort ausblenden</translation>
    </message>
    <message>
        <source>Show sample answer</source>
        <translation>Beispielantwort anzeigen</translation>
    </message>
    <message>
        <source>Why interviewers ask this</source>
        <translation>Warum Interviewer das fragen</translation>
    </message>
    <message>
        <source>What a strong answer shows</source>
        <translation>Was eine starke Antwort zeigt</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>Sample answer</source>
        <translation>Beispielantwort</translation>
    </message>
    <message>
        <source>If you are early in your career</source>
        <translation>Am Anfang der Berufslaufbahn</translation>
    </message>
    <message>
        <source>Choose a question on the left to practise it.</source>
        <translation>Links eine Frage auswählen, um sie zu üben.</translation>
    </message>
    <message>
        <source>Try your own answer first: reading the sample before you practise makes it harder to find your own words.</source>
        <translation>Zuerst selbst antworten: Wer die Beispielantwort vor dem Üben liest, findet schwerer eigene Worte.</translation>
    </message>
    <message>
        <source>Follow-up questions</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>About this question</source>
        <translation>Zu dieser Frage</translation>
    </message>
    <message>
        <source>The guide to this question cannot be read from the profile.</source>
        <translation>Die Erläuterungen zu dieser Frage können nicht aus dem Profil gelesen werden.</translation>
    </message>
</context>
<context>
    <name>coach::ReadOnlyNotice</name>
    <message>
        <source>Read-only: nothing new is saved</source>
        <translation>Nur lesen: Neues wird nicht gespeichert</translation>
    </message>
    <message>
        <source>Data folder cannot be written to</source>
        <translation>In den Datenordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Interview Coach cannot save anything in its data folder.</source>
        <translation>Interview Coach kann in seinem Datenordner nichts speichern.</translation>
    </message>
    <message>
        <source>Your questions, answers and recordings can be looked at, played and exported, but recording, rating, notes and stories are not kept until the folder can be written to (a full disk has room again, or the folder&apos;s permissions allow writing). Start Interview Coach again then.</source>
        <translation>Ihre Fragen, Antworten und Aufnahmen lassen sich ansehen, abspielen und exportieren, aber Aufnahmen, Bewertungen, Notizen und Geschichten werden erst wieder gespeichert, wenn in den Ordner geschrieben werden kann (ein voller Datenträger wieder Platz hat oder die Rechte des Ordners das Schreiben erlauben). Starten Sie Interview Coach dann neu.</translation>
    </message>
</context>
<context>
    <name>coach::RecorderPanel</name>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or check the sound settings; the rest of Interview Coach works without it.</source>
        <translation>Es wurde kein Mikrofon gefunden. Bitte ein Mikrofon anschließen oder die Toneinstellungen prüfen; alle anderen Funktionen von Interview Coach sind auch ohne Mikrofon nutzbar.</translation>
    </message>
    <message>
        <source>Press Ctrl+R or Space to record your answer</source>
        <translation>Strg+R oder Leertaste drücken, um die Antwort aufzunehmen</translation>
    </message>
    <message>
        <source>Input level in dBFS: keep speech in the green, peaks below the red. The clip light stays on until clicked.</source>
        <translation>Eingangspegel in dBFS: Sprache im grünen Bereich halten, Spitzen unterhalb des roten Bereichs. Die CLIP-Anzeige leuchtet, bis sie angeklickt wird.</translation>
    </message>
    <message>
        <source>Choose a question first.</source>
        <translation>Zuerst eine Frage auswählen.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Waiting for the microphone…</source>
        <translation>Warten auf das Mikrofon…</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Start or stop recording (Ctrl+R, or Space outside text fields)</source>
        <translation>Aufnahme starten oder beenden (Strg+R oder Leertaste außerhalb von Textfeldern)</translation>
    </message>
    <message>
        <source>%1 / target %2 · limit %3</source>
        <translation>%1 / Ziel %2 · max. %3</translation>
    </message>
    <message>
        <source>The take was recorded to %1 but cannot be listed: %2 It will be recovered on the next start.</source>
        <translation>Die Aufnahme wurde unter %1 gespeichert, kann aber nicht in die Liste eingetragen werden: %2 Sie wird beim nächsten Start wiederhergestellt.</translation>
    </message>
    <message>
        <source>The take reached the limit of %1 and stopped by itself. It was saved.</source>
        <translation>Die Aufnahme hat die Höchstdauer von %1 erreicht und wurde automatisch beendet. Sie wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>coach::ReviewGuide</name>
    <message>
        <source>Due: none of its takes is rated</source>
        <translation>Fällig: keine ihrer Aufnahmen ist bewertet</translation>
    </message>
    <message>
        <source>Rating cleared. %1</source>
        <translation>Bewertung entfernt. %1</translation>
    </message>
    <message>
        <source>There is no question to practise.</source>
        <translation>Es gibt keine Frage zum Üben.</translation>
    </message>
</context>
<context>
    <name>coach::RevisionListModel</name>
    <message>
        <source>%1  ·  %2 words</source>
        <translation>%1  ·  %2 Wörter</translation>
    </message>
</context>
<context>
    <name>coach::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>No revisions yet. A revision is kept each time an editing session changes the text.</source>
        <translation>Noch keine Versionen. Jedes Mal, wenn eine Bearbeitung den Text ändert, wird eine Version gespeichert.</translation>
    </message>
    <message>
        <source>Text of the chosen revision</source>
        <translation>Text der gewählten Version</translation>
    </message>
    <message>
        <source>About revisions</source>
        <translation>Über Versionen</translation>
    </message>
</context>
<context>
    <name>coach::RoleChooser</name>
    <message>
        <source>Choose your roles</source>
        <translation>Rollen wählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which roles are you practising for?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Für welche Rollen üben Sie?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The list shows the questions of the roles you tick, and always your own. You can change this later under View &gt; Roles.</source>
        <translation>Die Liste zeigt die Fragen der angekreuzten Rollen und immer Ihre eigenen. Sie können das später unter Ansicht &gt; Rollen ändern.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>St&amp;art practising</source>
        <translation>Mit dem Üben b&amp;eginnen</translation>
    </message>
</context>
<context>
    <name>coach::RoleListModel</name>
    <message>
        <source>%1 (%2 questions)</source>
        <translation>%1 (%2 Fragen)</translation>
    </message>
</context>
<context>
    <name>coach::RubricChecklist</name>
    <message>
        <source>What a strong answer shows: tick what this take did</source>
        <translation>Was eine starke Antwort zeigt: abhaken, was diese Aufnahme geschafft hat</translation>
    </message>
    <message>
        <source>Key %1 ticks or unticks it.</source>
        <translation>Taste %1 hakt ihn ab oder entfernt den Haken.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>coach::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>coach::SpeechVoice</name>
    <message>
        <source>No speech engine is installed (for example flite).</source>
        <translation>Es ist keine Sprachausgabe installiert (zum Beispiel flite).</translation>
    </message>
    <message>
        <source>The speech engine &quot;%1&quot; cannot start: %2</source>
        <translation>Die Sprachausgabe &quot;%1&quot; kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>coach::StarEditor</name>
    <message>
        <source>for example: ownership, trade-offs</source>
        <translation>zum Beispiel: Verantwortung, Abwägungen</translation>
    </message>
    <message>
        <source>A short name you will recognise, e.g. &quot;The double-charge outage&quot;</source>
        <translation>Ein kurzer, wiedererkennbarer Name, z. B. &quot;Der Ausfall mit den doppelten Abbuchungen&quot;</translation>
    </message>
    <message>
        <source>Hints check the text as %1.</source>
        <translation>Die Hinweise gehen von einem Text auf %1 aus.</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Hints are switched off: they know English and German only.</source>
        <translation>Die Hinweise sind ausgeschaltet: Es gibt sie nur für Englisch und Deutsch.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>%1 words · about %2 · %3% (guide %4%)</source>
        <translation>%1 Wörter · etwa %2 · %3% (Richtwert %4%)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Link a story</source>
        <translation>Geschichte verknüpfen</translation>
    </message>
    <message>
        <source>There are no stories yet. Start one with New Story.</source>
        <translation>Es gibt noch keine Geschichten. Mit &quot;Neue Geschichte&quot; lässt sich eine beginnen.</translation>
    </message>
    <message>
        <source>Story not saved</source>
        <translation>Geschichte nicht gespeichert</translation>
    </message>
    <message>
        <source>The last changes to the story &quot;%1&quot; could not be saved: %2</source>
        <translation>Die letzten Änderungen an der Geschichte &quot;%1&quot; konnten nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation>&amp;Geschichte:</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Neue Geschichte</translation>
    </message>
    <message>
        <source>&amp;Link Existing…</source>
        <translation>&amp;Vorhandene verknüpfen…</translation>
    </message>
    <message>
        <source>No story answers this question yet. Start a new one, or link a story you wrote for another question: one good story can answer several.</source>
        <translation>Noch keine Geschichte beantwortet diese Frage. Eine neue beginnen oder eine Geschichte verknüpfen, die für eine andere Frage geschrieben wurde: Eine gute Geschichte kann mehrere Fragen beantworten.</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>C&amp;ompetencies:</source>
        <translation>K&amp;ompetenzen:</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Where and when: the context in two or three sentences, only what the listener needs.</source>
        <translation>Wo und wann: der Kontext in zwei oder drei Sätzen, nur was das Gegenüber wissen muss.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>What you had to achieve, and why it mattered.</source>
        <translation>Was Sie erreichen mussten und warum es wichtig war.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>What you did, step by step, told with &quot;I&quot;: the decisions, the trade-offs, the work.</source>
        <translation>Was Sie getan haben, Schritt für Schritt und mit &quot;ich&quot; erzählt: die Entscheidungen, die Abwägungen, die Arbeit.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What changed because of it, with a number if you can: time, money, errors, users.</source>
        <translation>Was sich dadurch verändert hat, möglichst mit einer Zahl: Zeit, Geld, Fehler, Nutzer.</translation>
    </message>
    <message>
        <source>&amp;Revisions…</source>
        <translation>Ve&amp;rsionen…</translation>
    </message>
    <message>
        <source>Practise This Ans&amp;wer</source>
        <translation>Diese Ant&amp;wort üben</translation>
    </message>
    <message>
        <source>At your usual pace of overall %1 words a minute: about %2 of the target %3.</source>
        <translation>Bei Ihrem üblichen Tempo von insgesamt %1 Wörtern pro Minute: etwa %2 von der Zieldauer %3.</translation>
    </message>
    <message>
        <source>Spoken at overall %1 words a minute: about %2 of the target %3.</source>
        <translation>Bei insgesamt %1 Wörtern pro Minute gesprochen: etwa %2 von der Zieldauer %3.</translation>
    </message>
    <message>
        <source>Key Points…</source>
        <translation>Kernpunkte …</translation>
    </message>
    <message>
        <source>The phrases you mean to say in this answer, listened for in each take</source>
        <translation>Die Formulierungen, die Sie in dieser Antwort sagen wollen, in jeder Aufnahme erkannt</translation>
    </message>
</context>
<context>
    <name>coach::StarShareBar</name>
    <message>
        <source>%1 %2% (guide %3%)</source>
        <translation>%1 %2% (Richtwert %3%)</translation>
    </message>
</context>
<context>
    <name>coach::StoriesDialog</name>
    <message>
        <source>Story Bank</source>
        <translation>Geschichtensammlung</translation>
    </message>
    <message>
        <source>Search stories, competencies and questions</source>
        <translation>Geschichten, Kompetenzen und Fragen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>Auswahl &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete Story…</source>
        <translation>Geschichte &amp;löschen…</translation>
    </message>
    <message>
        <source>Behavioural questions without a story:</source>
        <translation>Verhaltensfragen ohne Geschichte:</translation>
    </message>
    <message>
        <source>Competencies no story covers:</source>
        <translation>Kompetenzen ohne Geschichte:</translation>
    </message>
    <message>
        <source>The stories cannot be written to %1: %2</source>
        <translation>Die Geschichten können nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Select one or more stories to export.</source>
        <translation>Zum Exportieren eine oder mehrere Geschichten auswählen.</translation>
    </message>
    <message>
        <source>Export Stories</source>
        <translation>Geschichten exportieren</translation>
    </message>
    <message>
        <source>stories.md</source>
        <translation>geschichten.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>Geschichte löschen</translation>
    </message>
    <message>
        <source>Delete %1 selected story or stories with their revisions? The questions stay.</source>
        <translation>%1 ausgewählte Geschichte(n) samt ihren Versionen löschen? Die Fragen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Geschichten durchsuchen</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Behavioural questions without a story</source>
        <translation>Verhaltensfragen ohne Geschichte</translation>
    </message>
    <message>
        <source>Competencies no story covers</source>
        <translation>Kompetenzen, die keine Geschichte abdeckt</translation>
    </message>
</context>
<context>
    <name>coach::StoryListModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Beantwortet</translation>
    </message>
</context>
<context>
    <name>coach::TakeGuard</name>
    <message>
        <source>Stop the take first: it belongs to &quot;%1&quot;</source>
        <translation>Beenden Sie zuerst die Aufnahme: sie gehört zu „%1“</translation>
    </message>
</context>
<context>
    <name>coach::TakeOutDialogs</name>
    <message>
        <source>Export All Data: choose where</source>
        <translation>Alle Daten exportieren: Speicherort wählen</translation>
    </message>
    <message>
        <source>Exporting your questions, stories and recordings…</source>
        <translation>Ihre Fragen, Geschichten und Aufnahmen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported %1 questions and %2 attempts to %3.</source>
        <translation>%1 Fragen und %2 Versuche nach %3 exportiert.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was left behind.</source>
        <translation>Der Export wurde abgebrochen; es ist nichts davon zurückgeblieben.</translation>
    </message>
    <message>
        <source>Back Up Profile</source>
        <translation>Profil sichern</translation>
    </message>
    <message>
        <source>Profile backups (*.tar)</source>
        <translation>Profilsicherungen (*.tar)</translation>
    </message>
    <message>
        <source>The profile was backed up to %1.</source>
        <translation>Das Profil wurde in %1 gesichert.</translation>
    </message>
    <message>
        <source>Restore Profile</source>
        <translation>Profil wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your questions, attempts, stories and recordings with those in %1? The current profile is kept beside it, renamed. Interview Coach restarts to do this.</source>
        <translation>Ihre Fragen, Versuche, Geschichten und Aufnahmen durch die aus %1 ersetzen? Das aktuelle Profil bleibt unter neuem Namen daneben erhalten. Interview Coach startet dafür neu.</translation>
    </message>
    <message>
        <source>Delete All Data</source>
        <translation>Alle Daten löschen</translation>
    </message>
    <message>
        <source>Delete all your attempts, recordings, stories, ratings and own questions?</source>
        <translation>Alle Ihre Versuche, Aufnahmen, Geschichten, Bewertungen und eigenen Fragen löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone. Back up the profile first if you may want it again. Interview Coach restarts with an empty profile.</source>
        <translation>Das lässt sich nicht rückgängig machen. Falls Sie die Daten später noch brauchen könnten, zuerst das Profil sichern. Interview Coach startet danach mit einem leeren Profil neu.</translation>
    </message>
    <message>
        <source>Delete Everything</source>
        <translation>Alles löschen</translation>
    </message>
</context>
<context>
    <name>coach::WindowManager</name>
    <message>
        <source>Mock Interview</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <source>About Interview Coach</source>
        <translation>Über Interview Coach</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Interview Coach %1&lt;/h3&gt;&lt;p&gt;Practise job-interview answers out loud, structure them with the STAR method and follow your progress.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: no account, no network, no telemetry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Interview Coach %1&lt;/h3&gt;&lt;p&gt;Antworten für Vorstellungsgespräche laut üben, mit der STAR-Methode strukturieren und den eigenen Fortschritt verfolgen.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer: kein Konto, keine Netzwerkverbindung, keine Telemetrie.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
