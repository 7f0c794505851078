<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
        <source>The migrations are not numbered 1, 2, 3 and so on: %1 comes out of order.</source>
        <translation>Die Migrationen sind nicht fortlaufend mit 1, 2, 3 usw. nummeriert: %1 steht an der falschen Stelle.</translation>
    </message>
    <message>
        <source>The database cannot start a transaction: %1</source>
        <translation>Die Datenbank kann keine Transaktion starten: %1</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed, and nothing was changed: %3</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 (%2) ist fehlgeschlagen; es wurde nichts verändert: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Choose a question on the left to practise it.</source>
        <translation>Links eine Frage auswählen, um sie zu üben.</translation>
    </message>
    <message>
        <source>Try your own answer first: reading the sample before you practise makes it harder to find your own words.</source>
        <translation>Zuerst selbst antworten: Wer die Beispielantwort vor dem Üben liest, findet schwerer eigene Worte.</translation>
    </message>
    <message>
        <source>Show sample answer</source>
        <translation>Beispielantwort anzeigen</translation>
    </message>
</context>
<context>
    <name>coach::MainWindow</name>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>About Interview Coach</source>
        <translation>Über Interview Coach</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Interview Coach %1&lt;/h3&gt;&lt;p&gt;Practise job-interview answers out loud, structure them with the STAR method and follow your progress.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: no account, no network, no telemetry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Interview Coach %1&lt;/h3&gt;&lt;p&gt;Antworten für Vorstellungsgespräche laut üben, mit der STAR-Methode strukturieren und den eigenen Fortschritt verfolgen.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer: kein Konto, keine Netzwerkverbindung, keine Telemetrie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Questions in the bank: %1</source>
        <translation>Fragen im Fragenkatalog: %1</translation>
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
</context>
</TS>
