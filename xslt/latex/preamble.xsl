<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of common.xsl): latex-preamble, the shared
  preamble (packages, fonts, languages, reledmac's notes and lineation, the
  \Editio… macros every body uses, the interface labels from
  xslt/labels.xml). A book emits it once, then \input's its documents.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xmlns:l="urn:x-editio:labels"
                exclude-result-prefixes="tei l">

  <!-- ================================================================== -->
  <!-- Preamble (shared: a book emits it once, then \input's documents)   -->
  <!-- ================================================================== -->

  <!-- The page, the type and the line numbers: the print's visible choices
       (the build passes none of them: these defaults are Editio's look).
       font-size         the class option of \documentclass (document.xsl,
                         edition.xsl): '11pt' (default), '10pt', '12pt'
       paper-geometry    the options of the geometry package: paper size
                         and margins
       main-font         the main font (fontspec \setmainfont): an
                         OpenType font with Latin and Cyrillic; default
                         'Linux Libertine O'
       line-number-step  reledmac numbers every Nth line (the first
                         number too); default 5 -->
  <xsl:param name="font-size" select="'11pt'"/>
  <xsl:param name="paper-geometry" select="'a4paper,top=25mm,bottom=30mm,left=32mm,right=38mm'"/>
  <xsl:param name="main-font" select="'Linux Libertine O'"/>
  <xsl:param name="line-number-step" select="5"/>

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
    <xsl:value-of select="concat('\usepackage[', $paper-geometry, ']{geometry}&#10;')"/>
    <xsl:text>\usepackage{etoolbox}
\usepackage{fontspec}
\usepackage{polyglossia}
% Quotation marks the edition supplies (the source's own are in the text)
% follow the language in force, \textlang included.
\usepackage[autostyle=true]{csquotes}
% imakeidx must come before reledmac, \makeindex after it.
\usepackage{imakeidx}
\usepackage[series={A,B,C},noend]{reledmac}
% Everything above (the class and the packages) is what Editio preloads in a
% format for all passes (src/render/tex_format.hpp); what follows loads fonts or
% languages, or writes files, and is read by every pass.
\csname endofdump\endcsname
% The TEI text is Unicode already: no TeX input ligatures (-- ' ` &lt;&lt; ,, !`),
% every character prints as encoded; the font's own ligatures (fi, fl) stay.
\defaultfontfeatures[\rmfamily,\sffamily]{}
</xsl:text>
    <xsl:value-of select="concat('\setmainfont{', $main-font, '}&#10;')"/>
    <xsl:text>\newcommand{\EditioFrenchSpacing}[1]{\SetLanguageKeys{#1}{frenchspacing=true}}
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

</xsl:text>
    <xsl:variable name="step" select="string(number($line-number-step))"/>
    <xsl:variable name="ordinal">
      <xsl:choose>
        <xsl:when test="floor($step div 10) mod 10 = 1">th</xsl:when>
        <xsl:when test="$step mod 10 = 1">st</xsl:when>
        <xsl:when test="$step mod 10 = 2">nd</xsl:when>
        <xsl:when test="$step mod 10 = 3">rd</xsl:when>
        <xsl:otherwise>th</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="concat('% Line numbers: left margin, every ', $step, $ordinal,
                                 ' line, restarting with each document.&#10;',
                                 '\firstlinenum{', $step, '}&#10;\linenumincrement{', $step, '}&#10;')"/>
    <xsl:text>\lineation{section}
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
% Series C: the critical apparatus of the witnesses (app, lem, rdg), critical
% notes in paragraphs keyed to the line, below the editor's:
% "12 lemma] reading A B; om. C". The sigla are italic, in the apparatus
% and in the list of witnesses of the title block.
\Xarrangement[C]{paragraph}
\Xnotenumfont[C]{\normalfont\bfseries}
\newcommand{\EditioSiglum}[1]{\textit{#1}}
% Between two sigla, a fixed space (justification does not squeeze it).
\newcommand{\EditioSiglumSep}{\enspace}
\newcommand{\EditioSigla}[1]{#1}
% The witnesses: a heading, then one paragraph per witness, its siglum
% first, the description's further lines indented (\EditioWitness{siglum}
% {description}).
\newenvironment{EditioWitnesses}{\par\medskip\begingroup\small
  \noindent\textbf{\EditioLabelWitnesses}\par\smallskip}{\par\endgroup\bigskip}
\newcommand{\EditioWitness}[2]{\noindent\hangindent=2em\hangafter=1
  \EditioSiglum{#1}\enspace #2\par}

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
\makeindex[name=places,title=\EditioLabelPlaceIndex,options={-s editio-index.ist}]
\makeindex[name=orgs,title=\EditioLabelOrgIndex,options={-s editio-index.ist}]
\indexsetup{level=\section*}
\makeatletter
% \EditioIndex{index}{entry}: an index entry for this point of the numbered
% text, by page and line; \Editio@indexed@INDEX then says the index has
% entries in this pass (the book prints an index only when it has).
% In the text and in headings it rides on an empty
% \edtext, whose line numbers (from the previous pass) are right in the
% second pass (\edindex would take them from labels, right only in a third).
% In notes, reledmac's \edindex gives the line of the note's call.
% Outside reledmac's numbered paragraphs, where its own \edtext is an
% error, by page only: no index entry ever stops XeLaTeX. (Where reledmac
% has put a stand-in for \edtext, as when it sets a heading, the stand-in.)
\let\Editio@edtext\edtext
\newcommand{\EditioIndex}[2]{%
  \csgdef{Editio@indexed@#1}{}%
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
</xsl:text>
    <xsl:call-template name="label-macros"/>
    <xsl:text>\gappto\captionsrussian{%&#10;</xsl:text>
    <xsl:call-template name="label-macros">
      <xsl:with-param name="lang" select="'ru'"/>
    </xsl:call-template>
    <xsl:text>  \ifdefined\asbuk\let\EditioNoteLetter\EditioNoteLetterRussian\fi}
\gappto\captionsenglish{%&#10;</xsl:text>
    <xsl:call-template name="label-macros">
      <xsl:with-param name="lang" select="'en'"/>
    </xsl:call-template>
    <xsl:text>  \let\EditioNoteLetter\EditioNoteLetterLatin}
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
\newcommand{\EditioLink}[2]{#1 (#2)}  % #1 the link's words, #2 its address
% A table of the source, between numbered paragraphs (reledmac allows no
% tabular inside \pstart ... \pend): #1 columns of equal width, the
% header cells in bold (\EditioHeaderCell).
\newenvironment{EditioTable}[1]{\par\medskip\noindent\small
  \begin{tabular}{@{}*{#1}{p{\dimexpr\linewidth/#1-2\tabcolsep\relax}}@{}}}{\end{tabular}\par\medskip}
\newcommand{\EditioHeaderCell}[1]{\textbf{#1}}
\newcommand{\EditioTableCaption}[1]{{\EditioCentered\textit{#1}\par}}
% A figure of the source: its caption centred in italics, then where the
% image is (#2, its address, in brackets); the image itself is not printed.
\newcommand{\EditioFigure}[2]{\EditioCentered\textit{#1}\ifblank{#2}{}{ {\small[#2]}}}
</xsl:text>
    <!-- The index is in the edition's language, whatever the document's. -->
    <xsl:text>% Titles of the indexes of persons, places and organisations (in the edition's language).&#10;</xsl:text>
    <xsl:text>\newcommand{\EditioLabelPersonIndex}{</xsl:text>
    <xsl:call-template name="latex-label">
      <xsl:with-param name="key" select="'person-index'"/>
    </xsl:call-template>
    <xsl:text>}&#10;\newcommand{\EditioLabelPlaceIndex}{</xsl:text>
    <xsl:call-template name="latex-label">
      <xsl:with-param name="key" select="'place-index'"/>
    </xsl:call-template>
    <xsl:text>}&#10;\newcommand{\EditioLabelOrgIndex}{</xsl:text>
    <xsl:call-template name="latex-label">
      <xsl:with-param name="key" select="'org-index'"/>
    </xsl:call-template>
    <xsl:text>}&#10;</xsl:text>
  </xsl:template>

  <!-- The labels of ../labels.xml that have a @tex macro name, in the
       table's order: without $lang, "\newcommand{\EditioLabelX}{English}"
       lines; with it, "  \def\EditioLabelX{text}%" lines for that
       language's captions. -->
  <xsl:template name="label-macros">
    <xsl:param name="lang" select="''"/>
    <xsl:for-each select="$label-table/l:label[@tex]">
      <xsl:variable name="text">
        <xsl:call-template name="latex-label">
          <xsl:with-param name="key" select="@key"/>
          <xsl:with-param name="lang" select="$lang"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$lang = ''">
          <xsl:value-of select="concat('\newcommand{\', @tex, '}{', $text, '}&#10;')"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="concat('  \def\', @tex, '{', $text, '}%&#10;')"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A label (../labels.xsl) escaped for LaTeX; $lang as there. -->
  <xsl:template name="latex-label">
    <xsl:param name="key"/>
    <xsl:param name="lang" select="string($ui-lang)"/>
    <xsl:call-template name="latex-string">
      <xsl:with-param name="s">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="$key"/>
          <xsl:with-param name="lang" select="$lang"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
