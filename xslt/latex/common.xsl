<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route: shared templates for TEI P5 → XeLaTeX (reledmac).

  Plain XSLT 1.0, no extension functions: runs in-process with libxslt and
  standalone with xsltproc.

  Contents
    latex-escape        the ONE place where text becomes LaTeX (named template)
    text()              every text node goes through latex-escape
    latex-preamble      the shared preamble (packages, fonts, languages, macros)
    document-languages  polyglossia names used by one TEI document
    lang-name           BCP 47 code → polyglossia language name
    inline templates    hi, emph, foreign, q, persName, date, choice, gap, …
    person index        persName[@ref] → \EditioIndex{persons}{sortKey@Name}
                        (the index of persons, in the language $index-lang)

  Every macro the body uses is an \Editio… command defined in latex-preamble,
  so a whole-edition book can restyle them in one place.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <!-- Element-only containers: their whitespace text nodes are layout only. -->
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:fileDesc tei:titleStmt
    tei:sourceDesc tei:text tei:front tei:body tei:back tei:group
    tei:div tei:div1 tei:div2 tei:div3 tei:div4 tei:div5 tei:div6 tei:div7
    tei:list tei:listBibl tei:lg tei:table tei:row tei:choice tei:app
    tei:subst tei:address"/>

  <!-- Language of the index of persons (the edition's language): names
       in it come first, the other language's regular name in parentheses. -->
  <xsl:param name="index-lang" select="'en'"/>

  <!-- The editor's interventions (documented in document.xsl):
       corrections     choice (sic/corr, orig/reg, abbr/expan): 'apparatus'
                       (default) the edited reading in the text, the source's
                       in the editor's apparatus; 'inline' the source's
                       reading bracketed after the edited one; 'silent' the
                       edited reading only.
       targeted-notes  an editor's note whose @target is a choice set in the
                       apparatus: 'separate' (default) its own lettered note;
                       'merge' appended to the choice's apparatus entry.
       insertion-notes note[@type='insertion'][@place='inline']: 'first'
                       (default) an apparatus note naming who inserted it
                       (@resp → respStmt/resp) at the first insertion of each
                       @resp; 'all' at every one; 'none'.
       editor-notes    the editor's notes: 'lettered' (default) familiar
                       notes of series B marked with @n (else a, b, …);
                       'apparatus' critical notes of series B keyed to the
                       line. -->
  <xsl:param name="corrections" select="'apparatus'"/>
  <xsl:param name="targeted-notes" select="'separate'"/>
  <xsl:param name="insertion-notes" select="'first'"/>
  <xsl:param name="editor-notes" select="'lettered'"/>

  <xsl:key name="editio-id" match="*[@xml:id]" use="@xml:id"/>
  <!-- Notes by the element they point to (a single "#id" @target). -->
  <xsl:key name="editio-note-target" match="tei:text//tei:note[@target]"
           use="substring-after(normalize-space(@target), '#')"/>
  <xsl:key name="editio-person"
           match="tei:particDesc//tei:person[@xml:id] | tei:particDesc//tei:personGrp[@xml:id]"
           use="@xml:id"/>
  <xsl:key name="editio-lang" match="tei:text//@xml:lang"
           use="translate(substring-before(concat(., '-'), '-'),
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>

  <xsl:variable name="index-primary"
      select="translate(substring-before(concat(normalize-space($index-lang), '-'), '-'),
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>

  <!-- ================================================================== -->
  <!-- Escaping                                                           -->
  <!-- ================================================================== -->

  <!-- Characters that cannot go to LaTeX verbatim. [ and ] are braced so
       that text can never be read as an optional argument (\pstart, \\ …);
       the space-like characters get their TeX equivalents. -->
  <xsl:variable name="latex-specials"
                select="'\{}$&amp;#^_%~[]&#xA0;&#xAD;&#x200B;&#x2009;&#x202F;'"/>
  <!-- Same length as $latex-specials, every special mapped to the first one. -->
  <xsl:variable name="latex-markers"
                select="'\\\\\\\\\\\\\\\\\\\\'"/>
  <!-- Longer strings with specials are halved first, which keeps the
       recursion depth below this bound plus log2(length). -->
  <xsl:variable name="latex-escape-chunk" select="256"/>

  <!--
    latex-escape: returns $text with every LaTeX special escaped.
    A string without specials is returned at once (one translate()); else
    the prefix up to the first special is copied in one piece, the special
    replaced, and the rest handled recursively: one step per special, never
    one per character.
  -->
  <xsl:template name="latex-escape">
    <xsl:param name="text" select="."/>
    <xsl:choose>
      <xsl:when test="translate($text, $latex-specials, '') = $text">
        <xsl:value-of select="$text"/>
      </xsl:when>
      <xsl:when test="string-length($text) &gt; $latex-escape-chunk">
        <xsl:variable name="half" select="floor(string-length($text) div 2)"/>
        <xsl:call-template name="latex-escape">
          <xsl:with-param name="text" select="substring($text, 1, $half)"/>
        </xsl:call-template>
        <xsl:call-template name="latex-escape">
          <xsl:with-param name="text" select="substring($text, $half + 1)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="n" select="string-length(substring-before(
            translate($text, $latex-specials, $latex-markers), '\'))"/>
        <xsl:value-of select="substring($text, 1, $n)"/>
        <xsl:call-template name="latex-escape-char">
          <xsl:with-param name="c" select="substring($text, $n + 1, 1)"/>
        </xsl:call-template>
        <xsl:call-template name="latex-escape">
          <xsl:with-param name="text" select="substring($text, $n + 2)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="latex-escape-char">
    <xsl:param name="c"/>
    <xsl:choose>
      <xsl:when test="$c = '\'">\textbackslash{}</xsl:when>
      <xsl:when test="$c = '{'">\{</xsl:when>
      <xsl:when test="$c = '}'">\}</xsl:when>
      <xsl:when test="$c = '$'">\$</xsl:when>
      <xsl:when test="$c = '&amp;'">\&amp;</xsl:when>
      <xsl:when test="$c = '#'">\#</xsl:when>
      <xsl:when test="$c = '^'">\textasciicircum{}</xsl:when>
      <xsl:when test="$c = '_'">\_</xsl:when>
      <xsl:when test="$c = '%'">\%</xsl:when>
      <xsl:when test="$c = '~'">\textasciitilde{}</xsl:when>
      <xsl:when test="$c = '['">{[}</xsl:when>
      <xsl:when test="$c = ']'">{]}</xsl:when>
      <xsl:when test="$c = '&#xA0;'">~</xsl:when>
      <xsl:when test="$c = '&#xAD;'">\-</xsl:when>
      <xsl:when test="$c = '&#x200B;'">\hspace{0pt}</xsl:when>
      <xsl:when test="$c = '&#x2009;'">\thinspace{}</xsl:when>
      <xsl:when test="$c = '&#x202F;'">\,</xsl:when>
      <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Every text node. Line ends and tabs become spaces: a blank line in a
       text node must never turn into \par inside \pstart … \pend. -->
  <xsl:template match="text()">
    <xsl:call-template name="latex-escape">
      <xsl:with-param name="text" select="translate(., '&#9;&#10;&#13;', '   ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- An attribute value or other string, escaped and on one line. -->
  <xsl:template name="latex-string">
    <xsl:param name="s"/>
    <xsl:call-template name="latex-escape">
      <xsl:with-param name="text" select="normalize-space($s)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ================================================================== -->
  <!-- Languages                                                          -->
  <!-- ================================================================== -->

  <!-- BCP 47 code (any case, any subtags) → polyglossia name, or '' if this
       print route does not know the language (then no switch is made). -->
  <xsl:template name="lang-name">
    <xsl:param name="code"/>
    <xsl:variable name="c" select="translate(substring-before(concat(normalize-space($code), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:choose>
      <xsl:when test="$c = 'en'">english</xsl:when>
      <xsl:when test="$c = 'ru'">russian</xsl:when>
      <xsl:when test="$c = 'uk'">ukrainian</xsl:when>
      <xsl:when test="$c = 'be'">belarusian</xsl:when>
      <xsl:when test="$c = 'de'">german</xsl:when>
      <xsl:when test="$c = 'fr'">french</xsl:when>
      <xsl:when test="$c = 'it'">italian</xsl:when>
      <xsl:when test="$c = 'es'">spanish</xsl:when>
      <xsl:when test="$c = 'pl'">polish</xsl:when>
      <xsl:when test="$c = 'cs'">czech</xsl:when>
      <xsl:when test="$c = 'la'">latin</xsl:when>
      <xsl:otherwise/>
    </xsl:choose>
  </xsl:template>

  <!-- Polyglossia name of the document's main language (TEI/@xml:lang),
       english when absent or unknown. -->
  <xsl:template name="main-language">
    <xsl:variable name="m">
      <xsl:call-template name="lang-name">
        <xsl:with-param name="code" select="/tei:TEI/@xml:lang"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($m) != ''"><xsl:value-of select="$m"/></xsl:when>
      <xsl:otherwise>english</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Comma-separated polyglossia names for this document: the main
       language first, then english and russian (always loaded, so that a
       mixed Russian/English text hyphenates both), then every other known
       language found in tei:text//@xml:lang. No duplicates. -->
  <xsl:template name="document-languages">
    <xsl:variable name="main">
      <xsl:call-template name="main-language"/>
    </xsl:variable>
    <xsl:variable name="base">
      <xsl:value-of select="$main"/>
      <xsl:if test="$main != 'english'">,english</xsl:if>
      <xsl:if test="$main != 'russian'">,russian</xsl:if>
    </xsl:variable>
    <xsl:call-template name="add-languages">
      <xsl:with-param name="acc" select="string($base)"/>
      <xsl:with-param name="codes"
        select="//tei:text//@xml:lang[generate-id(.) = generate-id(key('editio-lang',
                 translate(substring-before(concat(., '-'), '-'),
                 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))[1])]"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="add-languages">
    <xsl:param name="acc"/>
    <xsl:param name="codes"/>
    <xsl:choose>
      <xsl:when test="not($codes)"><xsl:value-of select="$acc"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="name">
          <xsl:call-template name="lang-name">
            <xsl:with-param name="code" select="$codes[1]"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="add-languages">
          <xsl:with-param name="acc">
            <xsl:value-of select="$acc"/>
            <xsl:if test="$name != '' and not(contains(concat(',', $acc, ','), concat(',', $name, ',')))">
              <xsl:value-of select="concat(',', $name)"/>
            </xsl:if>
          </xsl:with-param>
          <xsl:with-param name="codes" select="$codes[position() &gt; 1]"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Polyglossia name of an element's own @xml:lang when it differs from the
       language in force around it; '' when no switch is needed. -->
  <xsl:template name="lang-switch">
    <xsl:if test="@xml:lang">
      <xsl:variable name="mine">
        <xsl:call-template name="lang-name">
          <xsl:with-param name="code" select="@xml:lang"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="outer">
        <xsl:call-template name="lang-name">
          <xsl:with-param name="code" select="ancestor::*[@xml:lang][1]/@xml:lang"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="$mine != $outer">
        <xsl:value-of select="$mine"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- Content of the current element, wrapped in \textlang when its
       @xml:lang differs from its surroundings. -->
  <xsl:template name="content-in-language">
    <xsl:variable name="lang">
      <xsl:call-template name="lang-switch"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($lang) != ''">
        <xsl:value-of select="concat('\textlang{', $lang, '}{')"/>
        <xsl:apply-templates/>
        <xsl:text>}</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================== -->
  <!-- Preamble (shared: a book emits it once, then \input's documents)   -->
  <!-- ================================================================== -->

  <!--
    latex-preamble: everything between \documentclass and \begin{document}.
    $languages: comma-separated polyglossia names, the main language first
    (see document-languages; a book passes the union of its documents').
  -->
  <xsl:template name="latex-preamble">
    <xsl:param name="languages" select="'english,russian'"/>
    <xsl:variable name="main">
      <xsl:choose>
        <xsl:when test="contains($languages, ',')">
          <xsl:value-of select="substring-before($languages, ',')"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$languages"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="others" select="substring-after($languages, ',')"/>
    <xsl:text>\usepackage[a4paper,top=25mm,bottom=30mm,left=32mm,right=38mm]{geometry}
\usepackage{etoolbox}
\usepackage{fontspec}
% The TEI text is Unicode already: no TeX input ligatures (-- ' ` &lt;&lt; ,, !`),
% every character prints as encoded; the font's own ligatures (fi, fl) stay.
\defaultfontfeatures[\rmfamily,\sffamily]{}
\setmainfont{Linux Libertine O}
\usepackage{polyglossia}
\newcommand{\EditioFrenchSpacing}[1]{\SetLanguageKeys{#1}{frenchspacing=true}}
</xsl:text>
    <xsl:value-of select="concat('\setmainlanguage{', $main, '}&#10;')"/>
    <xsl:if test="$others != ''">
      <xsl:value-of select="concat('\setotherlanguages{', $others, '}&#10;')"/>
    </xsl:if>
    <xsl:text>% One word space after a full stop in every language (English would
% otherwise widen it, and "e.g. x" would read as a sentence end).
\forcsvlist{\EditioFrenchSpacing}{</xsl:text>
    <xsl:value-of select="$languages"/>
    <xsl:text>}
% Quotation marks the edition supplies (the source's own are in the text)
% follow the language in force, \textlang included.
\usepackage[autostyle=true]{csquotes}
% imakeidx must come before reledmac, \makeindex after it.
\usepackage{imakeidx}
\usepackage[series={A,B},noend]{reledmac}

% Line numbers: left margin, every 5th line, restarting with each document.
\firstlinenum{5}
\linenumincrement{5}
\lineation{section}
\linenummargin{left}
\renewcommand*{\numlabfont}{\normalfont\scriptsize}
\def\endashchar{\textnormal{\textendash}}

% Notes: series A (familiar, the source's own numbers as marks) holds the
% author's and other source notes. Series B is the editor's: familiar notes
% lettered (the TEI's @n, else a, b, …) for the editor's notes, critical
% notes keyed to the line for the apparatus (corrections, gaps, insertions).
% The letters are Cyrillic in a Russian document (see \captionsrussian).
% At the foot of the page: the source's notes, the editor's notes, the
% apparatus.
\fnpos{familiar-critical}
\csdef{footfootmarkA}{\textsuperscript{\csuse{@thefnmarkA}}\,}
\makeatletter
% The letter of the editor's note number #1 (a number beyond the alphabet
% stays a number).
\newcommand{\EditioNoteLetter}[1]{\ifnum#1>26 #1\else\@alph{#1}\fi}
\newcommand{\EditioNoteLetterRussian}[1]{\ifnum#1>28 #1\else\russian@asbuk@alph{#1}\fi}
\newcommand{\EditioNoteLetterLatin}[1]{\ifnum#1>26 #1\else\@alph{#1}\fi}
\makeatother
\renewcommand*{\thefootnoteB}{\EditioNoteLetter{\arabic{footnoteB}}}
\csdef{footfootmarkB}{\textsuperscript{\csuse{@thefnmarkB}}\,}
\Xarrangement[B]{paragraph}
\Xnotenumfont[B]{\normalfont\bfseries}

% Index of persons. Locators are page.line ("3.12"): reledmac's \pagelinesep
% and the makeindex style written here (into the working directory) agree on
% the separator. imakeidx runs makeindex itself when \printindex is reached
% (makeindex is allowed under TeX Live's restricted shell escape; where it
% is not, Editio runs it between the passes). The locators come from the
% line numbers of the pass before, so Editio reruns XeLaTeX until the
% auxiliary files and the index stop changing (usually 2 to 4 passes).
\begin{filecontents*}[overwrite]{editio-index.ist}
page_compositor "."
delim_r "\\textendash{}"
\end{filecontents*}
\renewcommand{\pagelinesep}{.}
\makeindex[name=persons,title=\EditioLabelPersonIndex,options={-s editio-index.ist}]
\indexsetup{level=\section*}
\makeatletter
% \EditioIndex{index}{entry}: an index entry for this point of the numbered
% text, by page and line. In the text and in headings it rides on an empty
% \edtext, whose line numbers (from the previous pass) are right in the
% second pass (\edindex would take them from labels, right only in a third).
% In notes, reledmac's \edindex gives the line of the note's call.
% Outside reledmac's numbered paragraphs, where its own \edtext is an
% error, by page only: no index entry ever stops XeLaTeX. (Where reledmac
% has put a stand-in for \edtext, as when it sets a heading, the stand-in.)
\let\Editio@edtext\edtext
\newcommand{\EditioIndex}[2]{%
  \ifnum\@edindex@fornote@>\z@
    \edindex[#1]{#2}%
  \else\ifnumberedpar@
    \Editio@indexedtext{#1}{#2}%
  \else\ifx\edtext\Editio@edtext
    \index[#1]{#2}%
  \else
    \Editio@indexedtext{#1}{#2}%
  \fi\fi\fi}
\newcommand{\Editio@indexedtext}[2]{\edtext{}{\@noneed@notestrue\Editio@indexat{#1}{#2}}}
\newcommand{\Editio@indexat}[2]{%
  \expandafter\l@dp@rsefootspec\l@d@nums|%
  \imki@wrindexentry{#1}{#2}{\l@dparsedstartpage\pagelinesep\l@dparsedstartline}}
\makeatother

\setlength{\emergencystretch}{1.5em}
% reledmac typesets a heading line after a 3\paperwidth space (that is how it
% hides the line box), which logs a spurious 1500pt "Overfull \hbox" per
% head: silence exactly that.
\makeatletter
\edef\EditioSavedHfuzz{\the\hfuzz}
\pretocmd{\print@eledsection}{\hfuzz=\maxdimen}{}{}
\apptocmd{\print@eledsection}{\hfuzz=\EditioSavedHfuzz\relax}{}{}
\makeatother

% Paragraph break inside a note (a bare \par is not allowed there).
\protected\def\EditioNotePar{\par\hspace*{1em}}
\protected\def\EditioCriticalNotePar{\enspace/\enspace}
\protected\def\EditioInCriticalNote{\let\EditioNotePar\EditioCriticalNotePar}

% Everything the body uses; redefine these to restyle a whole book.
\newcommand{\EditioLabelSource}{Source}
\newcommand{\EditioLabelTranslator}{transl.}
\newcommand{\EditioLabelEditor}{ed.}
\newcommand{\EditioLabelSourceReads}{source}
\newcommand{\EditioLabelInsertion}{inserted by}
\newcommand{\EditioLabelFond}{f.}
\newcommand{\EditioLabelOpis}{op.}
\newcommand{\EditioLabelDelo}{d.}
\newcommand{\EditioLabelUncalledNotes}{Notes without a call in the text}
\gappto\captionsrussian{%
  \def\EditioLabelSource{Источник}%
  \def\EditioLabelTranslator{пер.}%
  \def\EditioLabelEditor{ред.}%
  \def\EditioLabelSourceReads{в источнике}%
  \def\EditioLabelInsertion{вставка:}%
  \def\EditioLabelFond{ф.}%
  \def\EditioLabelOpis{оп.}%
  \def\EditioLabelDelo{д.}%
  \def\EditioLabelUncalledNotes{Примечания без ссылки в тексте}%
  \ifdefined\asbuk\let\EditioNoteLetter\EditioNoteLetterRussian\fi}
\gappto\captionsenglish{%
  \def\EditioLabelSource{Source}%
  \def\EditioLabelTranslator{transl.}%
  \def\EditioLabelEditor{ed.}%
  \def\EditioLabelSourceReads{source}%
  \def\EditioLabelInsertion{inserted by}%
  \def\EditioLabelFond{f.}%
  \def\EditioLabelOpis{op.}%
  \def\EditioLabelDelo{d.}%
  \def\EditioLabelUncalledNotes{Notes without a call in the text}%
  \let\EditioNoteLetter\EditioNoteLetterLatin}
% #1 title, #2 subtitle, #3 author, #4 source citation (each may be empty).
\newcommand{\EditioDocumentTitle}[4]{%
  \begin{center}%
    {\LARGE #1\par}%
    \ifblank{#2}{}{\medskip{\large #2\par}}%
    \ifblank{#3}{}{\bigskip{\large\scshape #3\par}}%
  \end{center}%
  \ifblank{#4}{}{%
    \begin{center}\begin{minipage}{.8\linewidth}\centering\small
      \EditioLabelSource: #4\par
    \end{minipage}\end{center}}%
  \bigskip}
% The source's paragraph number (TEI p/@n), in the right margin.
\newcommand{\EditioParNum}[1]{\ledrightnote{\textnormal{\scriptsize ¶\,#1}}}
% Block layouts; each is used right after \pstart.
\newlength{\EditioIndent}
\setlength{\EditioIndent}{3em}
\newcommand{\EditioQuote}{\leftskip=\EditioIndent\rightskip=\EditioIndent\relax}
\newcommand{\EditioQuoteStart}{\noindent\EditioQuote}
% #1 nesting depth (default 1), #2 label (may be empty).
\newcommand{\EditioItem}[2][1]{\leftskip=#1\EditioIndent\relax\noindent
  \ifblank{#2}{}{\llap{#2\enspace}}}
\newcommand{\EditioVerse}{\leftskip=\EditioIndent\relax\noindent}
\newcommand{\EditioFlushRight}{\leftskip=0pt plus 1fill\rightskip=0pt\parfillskip=0pt\relax\noindent}
\newcommand{\EditioFlushLeft}{\noindent}
\newcommand{\EditioMinorHead}[1]{\noindent\textbf{#1}}
\newcommand{\EditioCentered}{\leftskip=0pt plus 1fil\rightskip=0pt plus 1fil\parfillskip=0pt\relax\noindent}
% Archival documents. An opener's parts, each on a line of its own: the
% outgoing number, the security classification and the addressee (the last
% two flush right, as Russian archival publications set them).
\newcommand{\EditioReference}{\EditioFlushLeft}
% A line of the office or the archive ("File No. ...", "[Telegram]").
\newcommand{\EditioSourceLine}{\EditioFlushLeft\small}
\newcommand{\EditioClassification}{\EditioFlushRight}
\newcommand{\EditioAddressee}{\EditioFlushRight}
% A list of addresses: each line of an address indented, a little space
% between the addresses.
\newcommand{\EditioAddressLine}{\leftskip=\EditioIndent\relax\noindent}
\newcommand{\EditioAddressSkip}{\smallskip}
\newcommand{\EditioPostscriptSkip}{\smallskip}
% Between two texts when the second has no heading.
\newcommand{\EditioTextSkip}{\bigskip}
% The publication's headnote (heading, source, archival reference) before a
% document and its colophon after it: smaller, unindented. A headnote of a
% text (note type="headnote" after its heading): small italic. The Begin
% and End macros enclose whole numbered paragraphs (\pstart … \pend), so
% that the smaller size also sets their line spacing.
\newcommand{\EditioHeadnoteBegin}{\begingroup\small\parindent=0pt\relax}
\newcommand{\EditioHeadnoteEnd}{\par\endgroup\medskip}
\newcommand{\EditioHeadnoteHead}[1]{\EditioCentered\textbf{#1}}
\newcommand{\EditioColophonBegin}{\par\medskip\begingroup\small\parindent=0pt\relax}
\newcommand{\EditioColophonEnd}{\par\endgroup}
\newcommand{\EditioTextHeadnoteBegin}{\begingroup\small\itshape\parindent=0pt\relax}
\newcommand{\EditioTextHeadnoteEnd}{\par\endgroup\smallskip}
\newcommand{\EditioSupplied}[1]{[#1]}
% The source's notes that no call in the text refers to, after the text:
% a heading, then each note as a numbered paragraph, its number first.
\newcommand{\EditioUncalledNotesHead}{\EditioMinorHead{\EditioLabelUncalledNotes}}
\newcommand{\EditioUncalledNote}[1]{\noindent\textsuperscript{#1}\enspace}
% Inline.
\newcommand{\EditioForeign}[1]{\textit{#1}}
\newcommand{\EditioName}[3]{#3}  % #1 element (persName, placeName …), #2 @ref
\newcommand{\EditioDate}[2]{#2}  % #1 normalised date (@when …)
\newcommand{\EditioLabel}[1]{\textit{#1}}
\newcommand{\EditioQuoted}[1]{\enquote{#1}}
\newcommand{\EditioGap}{[…]}
\newcommand{\EditioPageBreak}[1]{\textbar\ifblank{#1}{}{\textsuperscript{#1}}}
\newcommand{\EditioUnderline}[1]{\underline{#1}}
\newcommand{\EditioStrike}[1]{[\textit{del.} #1]}
\newcommand{\EditioSpaced}[1]{{\addfontfeature{LetterSpace=15}#1}}
</xsl:text>
    <!-- The index is in the edition's language, whatever the document's. -->
    <xsl:text>% Title of the index of persons (in the edition's language).&#10;</xsl:text>
    <xsl:text>\newcommand{\EditioLabelPersonIndex}{</xsl:text>
    <xsl:choose>
      <xsl:when test="$index-primary = 'ru'">Указатель имён</xsl:when>
      <xsl:otherwise>Index of persons</xsl:otherwise>
    </xsl:choose>
    <xsl:text>}&#10;</xsl:text>
  </xsl:template>

  <!-- ================================================================== -->
  <!-- Inline elements (body, notes and header alike)                     -->
  <!-- ================================================================== -->

  <xsl:template match="tei:hi">
    <xsl:variable name="r" select="concat(' ', translate(normalize-space(concat(@rend, ' ', @rendition)),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ#-', 'abcdefghijklmnopqrstuvwxyz  '), ' ')"/>
    <xsl:variable name="it" select="contains($r, ' italic ') or contains($r, ' italics ') or contains($r, ' i ')"/>
    <xsl:variable name="bf" select="contains($r, ' bold ') or contains($r, ' b ')"/>
    <xsl:variable name="sc" select="contains($r, ' smallcaps ') or contains($r, ' small caps ') or contains($r, ' sc ')"/>
    <xsl:variable name="sup" select="contains($r, ' sup ') or contains($r, ' superscript ')"/>
    <xsl:variable name="sub" select="contains($r, ' sub ') or contains($r, ' subscript ')"/>
    <xsl:variable name="ul" select="contains($r, ' underline ') or contains($r, ' u ')"/>
    <xsl:variable name="st" select="contains($r, ' strikethrough ') or contains($r, ' strike ')"/>
    <xsl:variable name="sp" select="contains($r, ' spaced ') or contains($r, ' letterspace ') or contains($r, ' letterspaced ')"/>
    <xsl:variable name="any" select="$it or $bf or $sc or $sup or $sub or $ul or $st or $sp"/>
    <xsl:value-of select="concat(
        substring('\textit{', 1, 8 * $it), substring('\textbf{', 1, 8 * $bf),
        substring('\textsc{', 1, 8 * $sc), substring('\textsuperscript{', 1, 17 * $sup),
        substring('\textsubscript{', 1, 15 * $sub), substring('\EditioUnderline{', 1, 17 * $ul),
        substring('\EditioStrike{', 1, 14 * $st), substring('\EditioSpaced{', 1, 14 * $sp),
        substring('\emph{', 1, 6 * not($any)))"/>
    <xsl:call-template name="content-in-language"/>
    <xsl:value-of select="concat(
        substring('}', 1, $it), substring('}', 1, $bf), substring('}', 1, $sc),
        substring('}', 1, $sup), substring('}', 1, $sub), substring('}', 1, $ul),
        substring('}', 1, $st), substring('}', 1, $sp), substring('}', 1, not($any)))"/>
  </xsl:template>

  <xsl:template match="tei:emph">
    <xsl:text>\emph{</xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:mentioned | tei:title[not(@level) or @level = 'm' or @level = 'j' or @level = 's']">
    <xsl:text>\textit{</xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- foreign: italic, hyphenated in its own language. -->
  <xsl:template match="tei:foreign">
    <xsl:text>\EditioForeign{</xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- q, quote in running text, seg, title level a/u and the like: the source's
       quotation marks are part of the text, so only the language changes. -->
  <xsl:template match="tei:q | tei:said | tei:seg | tei:s | tei:phr | tei:quote | tei:title | tei:cit">
    <xsl:call-template name="content-in-language"/>
  </xsl:template>

  <!-- q and direct speech whose marks the encoding left out (neither its
       text nor the text just before it has one): the marks are supplied,
       in the language of the sentence around it (\EditioQuoted: csquotes'
       \enquote, « » and „ “ inside in Russian, “ ” and ‘ ’ in English). -->
  <xsl:variable name="quotation-marks" select="concat('&quot;', &quot;'`«»‹›„‚“”‘’「」&quot;)"/>
  <xsl:template match="tei:q[not(@rend = 'none')] | tei:said[not(@direct = 'false')][not(@rend = 'none')]">
    <xsl:variable name="first" select="substring(normalize-space(.), 1, 1)"/>
    <xsl:variable name="before" select="normalize-space(preceding-sibling::node()[1][self::text()])"/>
    <xsl:variable name="last-before" select="substring($before, string-length($before), 1)"/>
    <xsl:choose>
      <xsl:when test="($first != '' and contains($quotation-marks, $first))
                      or ($last-before != '' and contains($quotation-marks, $last-before))">
        <xsl:call-template name="content-in-language"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>\EditioQuoted{</xsl:text>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>}</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Names and dates: print the content (\EditioName is a hook); a
       person's name is then indexed. -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs">
    <xsl:value-of select="concat('\EditioName{', local-name(), '}{')"/>
    <xsl:call-template name="latex-string">
      <xsl:with-param name="s" select="@ref | @key[not(../@ref)]"/>
    </xsl:call-template>
    <xsl:text>}{</xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>}</xsl:text>
    <xsl:if test="self::tei:persName">
      <xsl:call-template name="person-index-entries"/>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================== -->
  <!-- Index of persons                                                   -->
  <!-- ================================================================== -->

  <!-- 'yes' when the context persName gets index entries: in the text (all
       of it is numbered), pointing somewhere, and not in the source's
       reading of a choice (sic, orig, abbr), whose edited reading counts. -->
  <xsl:template name="person-indexed">
    <xsl:if test="ancestor::tei:text and normalize-space(@ref) != ''
                  and not(ancestor::*[self::tei:sic or self::tei:orig or self::tei:abbr][parent::tei:choice])">yes</xsl:if>
  </xsl:template>

  <!-- One \EditioIndex{persons}{…} per pointer of @ref that resolves to a
       person (or personGrp) of particDesc. -->
  <xsl:template name="person-index-entries">
    <xsl:param name="tokens" select="normalize-space(@ref)"/>
    <xsl:variable name="indexed">
      <xsl:call-template name="person-indexed"/>
    </xsl:variable>
    <xsl:if test="$indexed = 'yes' and $tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:for-each select="key('editio-person', substring-after($token, '#'))[starts-with($token, '#')][1]">
        <xsl:text>\EditioIndex{persons}{</xsl:text>
        <xsl:call-template name="person-index-key"/>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:call-template name="person-index-entries">
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "0075@Surname, Forename Patronymic (Фамилия Имя Отчество)" for
       the context person: its @sortKey (the rank in the edition's register),
       then the regular name in the index language, surname first, then the
       regular name in the other language as written. LaTeX-escaped, and
       makeindex's own specials quoted. -->
  <xsl:template name="person-index-key">
    <xsl:variable name="display">
      <xsl:call-template name="person-index-display"/>
    </xsl:variable>
    <xsl:variable name="display-tex">
      <xsl:call-template name="latex-escape">
        <xsl:with-param name="text" select="normalize-space($display)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="display-idx">
      <xsl:call-template name="makeindex-quote">
        <xsl:with-param name="text" select="string($display-tex)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space(@sortKey) != ''">
        <xsl:call-template name="makeindex-quote">
          <xsl:with-param name="text">
            <xsl:call-template name="latex-escape">
              <xsl:with-param name="text" select="normalize-space(@sortKey)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$display-idx"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>@</xsl:text>
    <xsl:value-of select="$display-idx"/>
  </xsl:template>

  <!-- Plain text of the entry (context: the person). -->
  <xsl:template name="person-index-display">
    <xsl:variable name="regs" select="(tei:persName | tei:name)[@type = 'reg'][normalize-space(.) != '']"/>
    <xsl:variable name="in-index" select="$regs[translate(substring-before(concat(normalize-space(@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = $index-primary]"/>
    <xsl:variable name="in-en" select="$regs[translate(substring-before(concat(normalize-space(@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = 'en']"/>
    <xsl:variable name="main"
        select="($in-index | $in-en[not($in-index)] | $regs[not($in-index or $in-en)]
                 | (tei:persName | tei:name)[normalize-space(.) != ''][not($regs)])[1]"/>
    <xsl:variable name="main-lang" select="translate(substring-before(concat(normalize-space($main/@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:variable name="other" select="$regs[translate(substring-before(concat(normalize-space(@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') != $main-lang][1]"/>
    <xsl:choose>
      <xsl:when test="not($main)"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:when test="$main/tei:surname[normalize-space(.) != '']">
        <xsl:for-each select="$main/tei:surname[normalize-space(.) != '']">
          <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
        <xsl:for-each select="$main/*[not(self::tei:surname)][normalize-space(.) != '']">
          <xsl:choose>
            <xsl:when test="position() = 1">, </xsl:when>
            <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($main)"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$other and normalize-space($other) != normalize-space($main)">
      <xsl:value-of select="concat(' (', normalize-space($other), ')')"/>
    </xsl:if>
  </xsl:template>

  <!-- makeindex reads @ ! | " in an entry as its own syntax: each gets its
       quote character " before it. -->
  <xsl:template name="makeindex-quote">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="translate($text, '@!|&quot;', '') = $text">
        <xsl:value-of select="$text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="n" select="string-length(substring-before(translate($text, '!|&quot;', '@@@'), '@'))"/>
        <xsl:value-of select="substring($text, 1, $n)"/>
        <xsl:text>"</xsl:text>
        <xsl:value-of select="substring($text, $n + 1, 1)"/>
        <xsl:call-template name="makeindex-quote">
          <xsl:with-param name="text" select="substring($text, $n + 2)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Non-empty when the text indexes at least one person (then the
       document prints the index): an 'x' per indexed name. -->
  <xsl:template name="has-person-index">
    <xsl:for-each select="/tei:TEI/tei:text//tei:persName[@ref]
        [not(ancestor::*[self::tei:sic or self::tei:orig or self::tei:abbr][parent::tei:choice])]">
      <xsl:call-template name="person-refs-resolve">
        <xsl:with-param name="tokens" select="normalize-space(@ref)"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="person-refs-resolve">
    <xsl:param name="tokens"/>
    <xsl:if test="$tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:choose>
        <xsl:when test="starts-with($token, '#') and key('editio-person', substring-after($token, '#'))">x</xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="person-refs-resolve">
            <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:date">
    <xsl:text>\EditioDate{</xsl:text>
    <xsl:call-template name="latex-string">
      <xsl:with-param name="s" select="@when | @from | @notBefore"/>
    </xsl:call-template>
    <xsl:text>}{</xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:code | tei:ident">
    <xsl:text>\texttt{</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- Apparatus-worthy readings: \edtext needs numbered text that is not
       inside a note (reledmac supports neither in notes nor outside
       \beginnumbering); elsewhere the alternative reading is bracketed.
       Headings are numbered text too (reledmac's \eledsection takes
       \edtext). -->
  <xsl:template name="in-apparatus-context">
    <xsl:if test="ancestor::tei:text and not(ancestor::tei:note)">yes</xsl:if>
  </xsl:template>

  <!-- choice: the edited reading (corr, reg, expan) in the text, the source
       reading (sic, orig, abbr) in the editor's apparatus (series B), keyed
       to the line: "12 Petersburg] Petrsburg source". In a note, where
       reledmac has no apparatus, or with corrections='inline':
       "Petersburg [Petrsburg source]"; with corrections='silent' only
       "Petersburg". With targeted-notes='merge', the editor's notes that
       point to the choice follow the source's reading in its entry. -->
  <xsl:template match="tei:choice">
    <xsl:variable name="edited" select="(tei:corr | tei:reg | tei:expan)[1]"/>
    <xsl:variable name="source" select="(tei:sic | tei:orig | tei:abbr)[1]"/>
    <xsl:variable name="app">
      <xsl:call-template name="in-apparatus-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$edited and $source and $app = 'yes' and $corrections = 'apparatus'">
        <xsl:text>\edtext{</xsl:text>
        <xsl:apply-templates select="$edited/node()"/>
        <xsl:text>}{\Bfootnote{</xsl:text>
        <xsl:apply-templates select="$source/node()"/>
        <xsl:apply-templates select="$source" mode="apparatus-label"/>
        <xsl:if test="@xml:id">
          <xsl:for-each select="key('editio-note-target', @xml:id)">
            <xsl:variable name="merged">
              <xsl:call-template name="note-merged"/>
            </xsl:variable>
            <xsl:if test="$merged = 'yes'">
              <xsl:text>. {\EditioInCriticalNote </xsl:text>
              <xsl:call-template name="content-in-language"/>
              <xsl:text>}</xsl:text>
            </xsl:if>
          </xsl:for-each>
        </xsl:if>
        <xsl:text>}}</xsl:text>
      </xsl:when>
      <xsl:when test="$edited and $corrections = 'silent'">
        <xsl:apply-templates select="$edited/node()"/>
      </xsl:when>
      <xsl:when test="$edited and $source">
        <xsl:apply-templates select="$edited/node()"/>
        <xsl:text> {[}</xsl:text>
        <xsl:apply-templates select="$source/node()"/>
        <xsl:apply-templates select="$source" mode="apparatus-label"/>
        <xsl:text>{]}</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 'yes' when the context note (an editor's note) is printed in the
       apparatus entry of the choice its @target points to, not on its own:
       with targeted-notes='merge', when that choice is set in the apparatus. -->
  <xsl:template name="note-merged">
    <xsl:if test="$targeted-notes = 'merge' and $corrections = 'apparatus'
                  and ancestor::tei:text and not(ancestor::tei:note)
                  and starts-with(normalize-space(@target), '#')
                  and not(contains(normalize-space(@target), ' '))">
      <xsl:variable name="editorial">
        <xsl:call-template name="is-editorial-note"/>
      </xsl:variable>
      <xsl:variable name="choice"
          select="key('editio-id', substring-after(normalize-space(@target), '#'))
                  [self::tei:choice][ancestor::tei:text and not(ancestor::tei:note)]
                  [tei:corr or tei:reg or tei:expan][tei:sic or tei:orig or tei:abbr]"/>
      <xsl:if test="$editorial = 'yes' and $choice">yes</xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- 'yes' for the editor's notes: @resp names an <editor> of this
       edition (not the source's, in sourceDesc), or #ed, or @type says so. -->
  <xsl:template name="is-editorial-note">
    <xsl:variable name="resp" select="concat(' ', normalize-space(@resp), ' ')"/>
    <xsl:if test="contains($resp, ' #ed ')
                  or @type = 'editorial' or @type = 'editor'
                  or /tei:TEI/tei:teiHeader//tei:editor[@xml:id][not(ancestor::tei:sourceDesc)]
                       [contains($resp, concat(' #', @xml:id, ' '))]">yes</xsl:if>
  </xsl:template>

  <!-- After the source's reading, like a siglum. -->
  <xsl:template match="tei:sic" mode="apparatus-label"> \EditioLabel{\EditioLabelSourceReads}</xsl:template>
  <xsl:template match="tei:orig" mode="apparatus-label"> \EditioLabel{\EditioLabelSourceReads}</xsl:template>
  <xsl:template match="tei:abbr" mode="apparatus-label"> \EditioLabel{abbr.}</xsl:template>
  <xsl:template match="*" mode="apparatus-label"/>

  <!-- sic on its own: the reading stands, flagged. -->
  <xsl:template match="tei:sic">
    <xsl:apply-templates/>
    <xsl:text> {[}\EditioLabel{sic}{]}</xsl:text>
  </xsl:template>

  <!-- gap: an ellipsis in brackets; its desc, or else its reason and
       extent, in the apparatus ("12 […] The page is torn off." /
       "12 […] ] gap illegible 2 words"). -->
  <xsl:template match="tei:gap">
    <xsl:variable name="app">
      <xsl:call-template name="in-apparatus-context"/>
    </xsl:variable>
    <xsl:variable name="why">
      <xsl:apply-templates select="tei:desc/node()"/>
      <xsl:if test="not(tei:desc)">
        <xsl:call-template name="latex-string">
          <xsl:with-param name="s" select="normalize-space(concat(@reason, ' ', @quantity, ' ', @unit, ' ', @extent))"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$app = 'yes' and tei:desc and string($why) != ''">
        <xsl:value-of select="concat('\edtext{\EditioGap}{\Bfootnote[nosep]{', $why, '}}')"/>
      </xsl:when>
      <xsl:when test="$app = 'yes' and string($why) != ''">
        <xsl:value-of select="concat('\edtext{\EditioGap}{\Bfootnote{\EditioLabel{gap} ', $why, '}}')"/>
      </xsl:when>
      <xsl:when test="string($why) != ''">
        <xsl:value-of select="concat('\EditioGap\ {[}\EditioLabel{gap} ', $why, '{]}')"/>
      </xsl:when>
      <xsl:otherwise>\EditioGap{}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <xsl:text>{[}</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>{]}</xsl:text>
  </xsl:template>

  <!-- del: kept in the apparatus, or bracketed where there is none. -->
  <xsl:template match="tei:del">
    <xsl:variable name="app">
      <xsl:call-template name="in-apparatus-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$app = 'yes'">
        <xsl:text>\edtext{}{\Bfootnote[nosep]{\EditioLabel{del.} </xsl:text>
        <xsl:apply-templates/>
        <xsl:text>}}</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>{[}\EditioLabel{del.} </xsl:text>
        <xsl:apply-templates/>
        <xsl:text>{]}</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Source line ends are normalised away; a page break is marked. -->
  <xsl:template match="tei:lb">
    <xsl:if test="not(@break = 'no')">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:pb">
    <xsl:text>\EditioPageBreak{</xsl:text>
    <xsl:call-template name="latex-string">
      <xsl:with-param name="s" select="@n"/>
    </xsl:call-template>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:ptr">
    <xsl:call-template name="latex-string">
      <xsl:with-param name="s" select="@target"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:space">
    <xsl:text>\ </xsl:text>
  </xsl:template>

  <!-- Table cells in running text (a table is typeset one row per line). -->
  <xsl:template match="tei:cell">
    <xsl:if test="preceding-sibling::tei:cell">
      <xsl:text>\quad </xsl:text>
    </xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Carry no text. -->
  <xsl:template match="tei:anchor | tei:milestone | tei:graphic | tei:media | tei:index | tei:figDesc"/>

  <!-- ================================================================== -->
  <!-- Blocks and the fallback                                            -->
  <!-- ================================================================== -->

  <!-- 'yes' when the current element sits where blocks go (directly in a
       div-like container, not inside a paragraph or note). -->
  <xsl:template name="block-context">
    <xsl:if test="not(ancestor::tei:note) and not(ancestor::tei:p)
                  and parent::*[self::tei:text or self::tei:body or self::tei:front or self::tei:back
                    or self::tei:group or self::tei:div or self::tei:div1 or self::tei:div2
                    or self::tei:div3 or self::tei:div4 or self::tei:div5 or self::tei:div6
                    or self::tei:div7 or self::tei:floatingText or self::tei:postscript
                    or self::tei:argument or self::tei:epigraph or self::tei:figure
                    or self::tei:sp or self::tei:lg
                    or ((self::tei:opener or self::tei:closer or self::tei:quote or self::tei:address)
                        and not(text()[normalize-space()]))]">yes</xsl:if>
  </xsl:template>

  <!-- Anything else: a block of its own where blocks go and it holds text,
       otherwise just its content. Text is never dropped. -->
  <xsl:template match="*">
    <xsl:variable name="block">
      <xsl:call-template name="block-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes' and text()[normalize-space()]">
        <xsl:text>\pstart </xsl:text>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>\pend&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="content-in-language"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- address in running text: its lines joined by commas. -->
  <xsl:template match="tei:addrLine">
    <xsl:if test="preceding-sibling::tei:addrLine">
      <xsl:text>, </xsl:text>
    </xsl:if>
    <xsl:call-template name="content-in-language"/>
  </xsl:template>

</xsl:stylesheet>
