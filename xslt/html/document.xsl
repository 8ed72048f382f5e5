<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML: one TEI P5 document -> one complete HTML5 page.

  Plain XSLT 1.0 without extension functions; runs in xsltproc and in-process
  with libxslt. Output is deterministic: nothing depends on the clock, on the
  environment or on generate-id().

  Parameters (all strings; an empty string means "not given"):
    css            stylesheet href                       default 'editio.css'
    js             script href (editio.js: note popovers'   default 'editio.js'
                   Escape, paragraph citations); '' for none
    index-href     link back to the edition index       default 'index.html'
    pdf-href       link to the PDF of this document     default '' (no link)
    tei-href       link to the TEI of this document     default '' (no link)
    edition-title  text of the link back to the index   default '' (then
                   teiHeader seriesStmt/title, then the label "Edition index")
    register-href  the edition's register of persons    default '' (names
                   are not linked; see register.xsl)
    chronology-href the edition's chronology            default '' (no link;
                   see chronology.xsl)
    search-href    the search page (search.xsl), the       default 'search.html'
                   header's search form goes to; '' for no form

  Persons: persName[@ref="#id"] pointing to a person (or personGrp) of
  teiHeader/profileDesc/particDesc becomes <a class="person"
  href="{register-href}#{id}"> (a <span class="person"> without
  register-href) whose title is the person's regular name in the page
  language with the life dates; persName without @ref in the text is a
  <span class="person unlinked">. particDesc itself is only read: after the
  notes, a section lists the persons with links to the register.

  Dates: tei:date in the text becomes <time class="date" datetime="…"
  title="normalized value in words">as written</time> (see the template);
  the chronology page (chronology.xsl) links back to the paragraph, note or
  heading holding each date by its id.

  Readings: a choice of sic/corr or orig/reg keeps both readings in the
  page, <span class="choice choice-corr|choice-reg"> holding span.corr (or
  .reg), titled with the source's reading, and span.sic (or .orig), titled
  with the edition's. When the text has such a choice, two radio inputs
  (#reading-corrected, checked, and #reading-source) and their labels
  (div.reading-switch, a radiogroup) stand before the text; the CSS shows
  the corrected reading and hides the source's, or the reverse when
  #reading-source is checked (":checked ~" sibling selectors, no script).

  Notes: the author's notes (any note but the kinds below) and the
  editor's (note[@type='editorial']) have calls of their own (a.noteref,
  a.noteref.noteref-editorial) and two lists at the end (section.notes
  with h2#notes-title, section.notes.notes-editorial with
  h2#editor-notes-title). An insertion standing in the text
  (note[@type='insertion'][@place='inline']) is span.insertion in place,
  naming who inserted it (@resp); note[@type='headnote'] is a block in
  place (.headnote-note) labelled by its @resp. Neither is listed.

  Ids written by the page itself: main, contents-title, notes-title,
  editor-notes-title, persons-title, reading-corrected, reading-source,
  reading-legend, ref-{note id}, note-{n} and ednote-{n} (notes without
  xml:id), sec-N-N (for divs without xml:id). Every other id comes from an
  @xml:id of the TEI (heads, paragraphs, items and notes have one, so the
  register can point at them).

  Layout of this file
    1. page: TEI, header parts, table of contents, endnotes, footer
    2. the text, one template per TEI element, in catalogue order
    3. notes (call site, endnote, responsibility)
    4. source citation (mode citation), plain text (mode plain), toc (mode toc)
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="yes"/>

  <!-- Only element-only TEI containers: in mixed content every space counts. -->
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:fileDesc tei:titleStmt tei:respStmt
      tei:editionStmt tei:publicationStmt tei:availability tei:sourceDesc tei:text tei:body
      tei:front tei:back tei:div tei:list tei:table tei:row tei:lg tei:choice tei:figure"/>

  <xsl:param name="css" select="'editio.css'"/>
  <xsl:param name="js" select="'editio.js'"/>
  <xsl:param name="index-href" select="'index.html'"/>
  <xsl:param name="pdf-href" select="''"/>
  <xsl:param name="tei-href" select="''"/>
  <xsl:param name="edition-title" select="''"/>
  <xsl:param name="register-href" select="''"/>
  <xsl:param name="chronology-href" select="''"/>
  <xsl:param name="search-href" select="'search.html'"/>

  <xsl:key name="xml-id" match="*[@xml:id]" use="@xml:id"/>
  <!-- The persons this document mentions (copied from the personography). -->
  <xsl:key name="person" match="tei:particDesc//tei:person[@xml:id] | tei:particDesc//tei:personGrp[@xml:id]"
      use="@xml:id"/>

  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
  <xsl:variable name="titleStmt" select="$header/tei:fileDesc/tei:titleStmt"/>
  <xsl:variable name="main-title"
      select="($titleStmt/tei:title[@type = 'main'] | $titleStmt/tei:title[not(@type)])[1]"/>

  <!-- Notes listed at the end, in document order: all but the insertions
       standing in the text and the headnotes, which are rendered in place;
       the editor's notes in a list of their own. -->
  <xsl:variable name="notes"
      select="/tei:TEI/tei:text//tei:note[not(@type = 'insertion' and @place = 'inline') and not(@type = 'headnote')
                                           and not(@type = 'source')]"/>
  <xsl:variable name="author-notes" select="$notes[not(@type = 'editorial')]"/>
  <xsl:variable name="editor-notes" select="$notes[@type = 'editorial']"/>

  <!-- Choices with two readings: the page offers the reading switch. -->
  <xsl:variable name="two-readings"
      select="/tei:TEI/tei:text//tei:choice[(tei:sic and tei:corr) or (tei:orig and tei:reg)]"/>

  <xsl:variable name="page-lang">
    <xsl:choose>
      <xsl:when test="normalize-space(/tei:TEI/@xml:lang) != ''">
        <xsl:value-of select="normalize-space(/tei:TEI/@xml:lang)"/>
      </xsl:when>
      <xsl:when test="$header/tei:profileDesc/tei:langUsage/tei:language/@ident">
        <xsl:value-of select="$header/tei:profileDesc/tei:langUsage/tei:language/@ident"/>
      </xsl:when>
      <xsl:otherwise>und</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="page-primary">
    <xsl:call-template name="primary-subtag">
      <xsl:with-param name="tag" select="$page-lang"/>
    </xsl:call-template>
  </xsl:variable>

  <xsl:variable name="persons"
      select="$header/tei:profileDesc/tei:particDesc//*[self::tei:person or self::tei:personGrp][@xml:id]"/>

  <xsl:variable name="edition-name">
    <xsl:choose>
      <xsl:when test="normalize-space($edition-title) != ''">
        <xsl:value-of select="normalize-space($edition-title)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="normalize-space($header/tei:fileDesc/tei:seriesStmt/tei:title)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- ================================================================ -->
  <!-- 1. The page                                                       -->
  <!-- ================================================================ -->

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <html lang="{$page-lang}">
      <head>
        <xsl:call-template name="head-common">
          <xsl:with-param name="css" select="$css"/>
        </xsl:call-template>
        <title>
          <xsl:apply-templates select="$main-title" mode="plain"/>
          <xsl:if test="string($edition-name) != ''">
            <xsl:value-of select="concat(' — ', $edition-name)"/>
          </xsl:if>
        </title>
        <xsl:if test="normalize-space($tei-href) != ''">
          <link rel="alternate" type="application/tei+xml" href="{$tei-href}"/>
        </xsl:if>
        <xsl:if test="normalize-space($pdf-href) != ''">
          <link rel="alternate" type="application/pdf" href="{$pdf-href}"/>
        </xsl:if>
        <xsl:if test="normalize-space($js) != ''">
          <script src="{normalize-space($js)}" defer="defer"></script>
        </xsl:if>
      </head>
      <body class="document-page">
        <xsl:call-template name="skip-link"/>
        <xsl:call-template name="site-header"/>
        <main id="main">
          <article class="document">
            <xsl:call-template name="document-header"/>
            <xsl:call-template name="table-of-contents"/>
            <xsl:call-template name="reading-switch"/>
            <xsl:apply-templates select="tei:text"/>
            <xsl:call-template name="endnotes"/>
            <xsl:call-template name="persons-section"/>
          </article>
          <xsl:call-template name="cite-dialog"/>
        </main>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- The metadata is read where it is needed, never rendered wholesale. -->
  <xsl:template match="tei:teiHeader"/>

  <!-- Edition title, linking back to the index; then the register and the
       chronology when given. -->
  <xsl:template name="site-header">
    <header class="site-header">
      <nav class="site-nav">
        <xsl:attribute name="aria-label">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'edition-index'"/>
          </xsl:call-template>
        </xsl:attribute>
        <a class="edition-link" href="{$index-href}">
          <xsl:choose>
            <xsl:when test="string($edition-name) != ''">
              <xsl:value-of select="$edition-name"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'edition-index'"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </a>
        <xsl:if test="normalize-space($register-href) != ''">
          <xsl:text> </xsl:text>
          <a class="register-nav-link" href="{normalize-space($register-href)}">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'register'"/>
            </xsl:call-template>
          </a>
        </xsl:if>
        <xsl:if test="normalize-space($chronology-href) != ''">
          <xsl:text> </xsl:text>
          <a class="chronology-nav-link" href="{normalize-space($chronology-href)}">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'chronology'"/>
            </xsl:call-template>
          </a>
        </xsl:if>
      </nav>
      <xsl:call-template name="search-form">
        <xsl:with-param name="href" select="$search-href"/>
      </xsl:call-template>
    </header>
  </xsl:template>

  <!-- Title, subtitle, author, then a description list: editors; sender,
       addressee and date (correspDesc); archive (msDesc: "GARF, f. 1, op. 2,
       d. 3, l. 10–12"); source (the other parts of sourceDesc); first
       publication (bibl type="firstPublication"); language; then the
       download links. -->
  <xsl:template name="document-header">
    <header class="document-header">
      <h1 class="document-title">
        <xsl:for-each select="$main-title">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </xsl:for-each>
      </h1>
      <xsl:for-each select="$titleStmt/tei:title[@type = 'sub']">
        <p class="document-subtitle">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </p>
      </xsl:for-each>
      <xsl:if test="$titleStmt/tei:author">
        <p class="document-author">
          <xsl:for-each select="$titleStmt/tei:author">
            <xsl:if test="position() > 1">, </xsl:if>
            <xsl:apply-templates select="."/>
          </xsl:for-each>
        </p>
      </xsl:if>
      <dl class="document-meta">
        <xsl:attribute name="aria-label">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'about-document'"/>
          </xsl:call-template>
        </xsl:attribute>
        <xsl:variable name="editors" select="$titleStmt/tei:editor[not(@role) or @role = 'editor']"/>
        <xsl:if test="$editors">
          <div class="meta-editors">
            <dt>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'edited-by'"/>
              </xsl:call-template>
            </dt>
            <dd>
              <xsl:for-each select="$editors">
                <xsl:if test="position() > 1">, </xsl:if>
                <xsl:apply-templates select="."/>
              </xsl:for-each>
            </dd>
          </div>
        </xsl:if>
        <xsl:variable name="sourceDesc" select="$header/tei:fileDesc/tei:sourceDesc"/>
        <xsl:variable name="archives" select="$sourceDesc/tei:msDesc[tei:msIdentifier[normalize-space(.) != '']]"/>
        <xsl:variable name="first-publications"
            select="$sourceDesc/tei:bibl[@type = 'firstPublication'][normalize-space(.) != '']"/>
        <xsl:variable name="sources"
            select="$sourceDesc/*[normalize-space(.) != ''][not(self::tei:msDesc and tei:msIdentifier[normalize-space(.) != ''])]
                    [not(self::tei:bibl[@type = 'firstPublication'])]"/>
        <xsl:call-template name="correspondence-meta"/>
        <xsl:if test="$archives">
          <div class="meta-archive">
            <dt>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'archival-reference'"/>
              </xsl:call-template>
            </dt>
            <xsl:for-each select="$archives">
              <dd><xsl:apply-templates select="." mode="citation"/></dd>
            </xsl:for-each>
          </div>
        </xsl:if>
        <xsl:if test="$sources">
          <div class="meta-source">
            <dt>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'source'"/>
              </xsl:call-template>
            </dt>
            <xsl:for-each select="$sources">
              <dd><xsl:apply-templates select="." mode="citation"/></dd>
            </xsl:for-each>
          </div>
        </xsl:if>
        <xsl:if test="$first-publications">
          <div class="meta-first-publication">
            <dt>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'first-published'"/>
              </xsl:call-template>
            </dt>
            <xsl:for-each select="$first-publications">
              <dd><xsl:apply-templates select="." mode="citation"/></dd>
            </xsl:for-each>
          </div>
        </xsl:if>
        <xsl:call-template name="translator-meta"/>
        <div class="meta-language">
          <dt>
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'language'"/>
            </xsl:call-template>
          </dt>
          <dd>
            <xsl:call-template name="language-name">
              <xsl:with-param name="code" select="string($page-lang)"/>
            </xsl:call-template>
          </dd>
        </div>
        <xsl:call-template name="licence-meta"/>
      </dl>
      <xsl:if test="normalize-space($tei-href) != '' or normalize-space($pdf-href) != ''">
        <ul class="downloads">
          <xsl:attribute name="aria-label">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'downloads'"/>
            </xsl:call-template>
          </xsl:attribute>
          <xsl:if test="normalize-space($tei-href) != ''">
            <li>
              <a class="download-tei" href="{$tei-href}" type="application/tei+xml">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'download-tei'"/>
                </xsl:call-template>
              </a>
            </li>
          </xsl:if>
          <xsl:if test="normalize-space($pdf-href) != ''">
            <li>
              <a class="download-pdf" href="{$pdf-href}" type="application/pdf">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'pdf'"/>
                </xsl:call-template>
              </a>
            </li>
          </xsl:if>
        </ul>
      </xsl:if>
      <xsl:call-template name="cite-this"/>
    </header>
  </xsl:template>

  <!-- The translators: titleStmt's editor[@role='translator'] and the
       respStmts whose resp speaks of translation, else those of the
       sourceDesc bibls. Each by its name; a resp that says more than
       "translation" follows in parentheses. -->
  <xsl:template name="translator-meta">
    <xsl:variable name="own"
        select="$titleStmt/tei:editor[@role = 'translator'][normalize-space(.) != '']
                | $titleStmt/tei:respStmt[tei:persName | tei:name | tei:orgName]
                  [contains(translate(tei:resp, 'TRANSL', 'transl'), 'transl') or contains(tei:resp, 'перев') or contains(tei:resp, 'Перев')]"/>
    <xsl:variable name="of-source"
        select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:editor[@role = 'translator'][normalize-space(.) != '']
                | $header/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:respStmt[tei:persName | tei:name | tei:orgName]
                  [contains(translate(tei:resp, 'TRANSL', 'transl'), 'transl') or contains(tei:resp, 'перев') or contains(tei:resp, 'Перев')]"/>
    <xsl:variable name="translators" select="$own | $of-source[not($own)]"/>
    <xsl:if test="$translators">
      <div class="meta-translator">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'translation'"/>
          </xsl:call-template>
        </dt>
        <xsl:for-each select="$translators">
          <dd>
            <xsl:choose>
              <xsl:when test="self::tei:respStmt">
                <xsl:for-each select="tei:persName | tei:name | tei:orgName">
                  <xsl:if test="position() > 1">, </xsl:if>
                  <xsl:apply-templates select="."/>
                </xsl:for-each>
                <xsl:variable name="resp" select="normalize-space(translate(tei:resp, 'ABCDEFGHIJKLMNOPQRSTUVWXYZПТ', 'abcdefghijklmnopqrstuvwxyzпт'))"/>
                <xsl:if test="$resp != '' and not(contains('|translation|translated by|translator|translators|trans.|transl.|перевод|перевод с русского|переводчик|переводчики|пер.|',
                                                           concat('|', $resp, '|')))">
                  <span class="meta-resp"><xsl:value-of select="concat(' (', normalize-space(tei:resp), ')')"/></span>
                </xsl:if>
              </xsl:when>
              <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The licence (publicationStmt/availability) in the description list,
       as in the footer. -->
  <xsl:template name="licence-meta">
    <xsl:variable name="availability" select="$header/tei:fileDesc/tei:publicationStmt/tei:availability"/>
    <xsl:variable name="licences"
        select="$availability/tei:licence | $availability/tei:p[not(../tei:licence)]"/>
    <xsl:if test="$licences[normalize-space(.) != '' or normalize-space(@target) != '']">
      <div class="meta-licence">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'licence'"/>
          </xsl:call-template>
        </dt>
        <xsl:for-each select="$licences[normalize-space(.) != '' or normalize-space(@target) != '']">
          <dd><xsl:call-template name="licence-content"/></dd>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Context: a licence (linked to its @target) or an availability/p. -->
  <xsl:template name="licence-content">
    <xsl:variable name="href">
      <xsl:call-template name="safe-href">
        <xsl:with-param name="url" select="@target"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="self::tei:licence and $href != '' and not(tei:p)">
        <a rel="license" href="{$href}">
          <xsl:apply-templates/>
          <xsl:if test="normalize-space(.) = ''">
            <xsl:value-of select="normalize-space(@target)"/>
          </xsl:if>
        </a>
      </xsl:when>
      <xsl:when test="tei:p">
        <xsl:for-each select="tei:p">
          <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates/>
        </xsl:for-each>
        <xsl:if test="$href != ''">
          <xsl:text> </xsl:text>
          <a rel="license" href="{$href}">
            <xsl:value-of select="$href"/>
          </a>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Cite this document": the citation of the document in the edition,
     as spans that editio.js reads to cite a paragraph (base + ", ¶ N" +
     separator + permalink + end):
       <section id="cite-this"><h2>Cite this document</h2><p class="cite-document">
         <span class="cite-base">Author, “Title”, in Edition, ed. by Editors, 2026</span><span
         class="cite-sep">, </span><span class="cite-url">doc.html</span><span class="cite-end">.</span></p></section>
     Russian: "Автор. Заглавие // Издание / под ред. Редакторы. 2026. URL: doc.html".
     The address: publicationStmt/idno[@type='URI'] (or ptr/@target) as is
     when it names a page (.html), else as the base of {TEI/@xml:id}.html;
     without either, the page's file name. -->
  <xsl:template name="cite-this">
    <xsl:variable name="ru" select="$ui-lang = 'ru'"/>
    <xsl:variable name="authors">
      <xsl:for-each select="$titleStmt/tei:author[normalize-space(.) != '']">
        <xsl:if test="position() > 1">, </xsl:if>
        <xsl:apply-templates select="." mode="plain"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="title"><xsl:apply-templates select="$main-title" mode="plain"/></xsl:variable>
    <xsl:variable name="editors">
      <xsl:for-each select="$titleStmt/tei:editor[not(@role) or @role = 'editor'][normalize-space(.) != '']">
        <xsl:if test="position() > 1">, </xsl:if>
        <xsl:apply-templates select="." mode="plain"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="pub" select="$header/tei:fileDesc/tei:publicationStmt"/>
    <xsl:variable name="date" select="$pub/tei:date[1]"/>
    <xsl:variable name="year">
      <xsl:choose>
        <xsl:when test="string-length(normalize-space($date/@when)) &gt;= 4">
          <xsl:value-of select="substring(normalize-space($date/@when), 1, 4)"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="normalize-space($date)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="file">
      <xsl:choose>
        <xsl:when test="normalize-space(/tei:TEI/@xml:id) != ''">
          <xsl:value-of select="concat(normalize-space(/tei:TEI/@xml:id), '.html')"/>
        </xsl:when>
        <xsl:when test="normalize-space($pub/tei:idno[@type = 'editio']) != ''">
          <xsl:value-of select="concat(normalize-space($pub/tei:idno[@type = 'editio']), '.html')"/>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="base"
        select="normalize-space(($pub/tei:idno[@type = 'URI' or @type = 'uri' or @type = 'URL' or @type = 'url'][normalize-space(.) != '']
                                 | $pub/tei:ptr[normalize-space(@target) != '']/@target)[1])"/>
    <xsl:variable name="url">
      <xsl:choose>
        <xsl:when test="$base = ''"><xsl:value-of select="$file"/></xsl:when>
        <xsl:when test="substring($base, string-length($base) - 4) = '.html'
                        or substring($base, string-length($base) - 3) = '.htm'
                        or $file = ''">
          <xsl:value-of select="$base"/>
        </xsl:when>
        <xsl:when test="substring($base, string-length($base)) = '/'">
          <xsl:value-of select="concat($base, $file)"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="concat($base, '/', $file)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="a" select="normalize-space($authors)"/>
    <xsl:variable name="ed-by">
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="'cite-ed-by'"/>
      </xsl:call-template>
    </xsl:variable>
    <section id="cite-this" class="cite-this" aria-labelledby="cite-this-title">
      <h2 id="cite-this-title">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'cite-this'"/>
        </xsl:call-template>
      </h2>
      <p class="cite-document">
        <span class="cite-base">
          <xsl:choose>
            <xsl:when test="$ru">
              <!-- Автор. Заглавие // Издание / под ред. Редакторы. 2026 -->
              <xsl:if test="$a != ''">
                <xsl:value-of select="$a"/>
                <xsl:if test="substring($a, string-length($a)) != '.'">.</xsl:if>
                <xsl:text> </xsl:text>
              </xsl:if>
              <xsl:value-of select="normalize-space($title)"/>
              <xsl:if test="string($edition-name) != ''">
                <xsl:value-of select="concat(' // ', $edition-name)"/>
              </xsl:if>
              <xsl:if test="normalize-space($editors) != ''">
                <xsl:value-of select="concat(' / ', $ed-by, ' ', normalize-space($editors))"/>
              </xsl:if>
              <xsl:if test="$year != ''">
                <xsl:value-of select="concat('. ', $year)"/>
              </xsl:if>
            </xsl:when>
            <xsl:otherwise>
              <!-- Author, “Title”, in Edition, ed. by Editors, 2026 -->
              <xsl:if test="$a != ''">
                <xsl:value-of select="concat($a, ', ')"/>
              </xsl:if>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'quote-open'"/>
              </xsl:call-template>
              <xsl:value-of select="normalize-space($title)"/>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'quote-close'"/>
              </xsl:call-template>
              <xsl:if test="string($edition-name) != ''">
                <xsl:text>, </xsl:text>
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'cite-in'"/>
                </xsl:call-template>
                <xsl:value-of select="concat(' ', $edition-name)"/>
              </xsl:if>
              <xsl:if test="normalize-space($editors) != ''">
                <xsl:value-of select="concat(', ', $ed-by, ' ', normalize-space($editors))"/>
              </xsl:if>
              <xsl:if test="$year != ''">
                <xsl:value-of select="concat(', ', $year)"/>
              </xsl:if>
            </xsl:otherwise>
          </xsl:choose>
        </span>
        <xsl:if test="$url != ''">
          <span class="cite-sep">
            <xsl:choose>
              <xsl:when test="$ru">. URL: </xsl:when>
              <xsl:otherwise>, </xsl:otherwise>
            </xsl:choose>
          </span>
          <span class="cite-url">
            <xsl:choose>
              <xsl:when test="starts-with($url, 'http://') or starts-with($url, 'https://')">
                <a href="{$url}"><xsl:value-of select="$url"/></a>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$url"/></xsl:otherwise>
            </xsl:choose>
          </span>
        </xsl:if>
        <span class="cite-end">
          <xsl:if test="not($ru)">.</xsl:if>
        </span>
      </p>
    </section>
  </xsl:template>

  <!-- The dialog editio.js opens from a paragraph's cite button (closed,
       hence hidden, without script). Its labels are in the page language;
       data-button-label names the buttons ("Cite paragraph" + " N"),
       data-copied is the status after copying. -->
  <xsl:template name="cite-dialog">
    <dialog id="cite-dialog" class="cite-dialog" aria-labelledby="cite-dialog-title">
      <xsl:attribute name="data-button-label">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'cite-paragraph'"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:attribute name="data-copied">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'copied'"/>
        </xsl:call-template>
      </xsl:attribute>
      <h2 id="cite-dialog-title" class="cite-dialog-title">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'cite-dialog-title'"/>
        </xsl:call-template>
      </h2>
      <p class="cite-field">
        <label for="cite-permalink">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'permalink'"/>
          </xsl:call-template>
        </label>
        <input id="cite-permalink" class="cite-permalink" type="text" readonly="readonly" value=""/>
      </p>
      <p class="cite-field">
        <span class="cite-label">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'citation'"/>
          </xsl:call-template>
        </span>
        <span id="cite-text" class="cite-text"></span>
      </p>
      <p class="cite-actions">
        <button type="button" class="cite-copy">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'copy'"/>
          </xsl:call-template>
        </button>
        <xsl:text> </xsl:text>
        <button type="button" class="cite-close">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'close'"/>
          </xsl:call-template>
        </button>
        <xsl:text> </xsl:text>
        <span class="cite-status" role="status"></span>
      </p>
    </dialog>
  </xsl:template>

  <!-- The divisions of the text by id (a search of the whole text for each
       correspDesc would take time growing with both). -->
  <xsl:key name="text-div" match="tei:text//tei:div[@xml:id]" use="@xml:id"/>

  <!-- profileDesc/correspDesc in the description list: sender and
       addressee (names, then the place in parentheses) and the date sent. -->
  <xsl:template name="correspondence-meta">
    <xsl:choose>
      <xsl:when test="count($header/tei:profileDesc/tei:correspDesc) &gt; 1">
        <!-- Several texts in one source: one row per text, "sender → addressee, date". -->
        <xsl:for-each select="$header/tei:profileDesc/tei:correspDesc">
          <xsl:variable name="target" select="substring(@corresp, 2)"/>
          <xsl:variable name="type" select="key('text-div', $target)/@type"/>
          <div class="meta-correspondence">
            <dt>
              <xsl:choose>
                <xsl:when test="normalize-space($type) != ''">
                  <xsl:value-of select="concat(translate(substring($type, 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring($type, 2))"/>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="position()"/></xsl:otherwise>
              </xsl:choose>
            </dt>
            <dd>
              <xsl:for-each select="tei:correspAction[@type = 'sent']">
                <xsl:call-template name="correspondent"/>
              </xsl:for-each>
              <xsl:for-each select="tei:correspAction[@type = 'received'][tei:persName | tei:orgName | tei:name]">
                <xsl:text> → </xsl:text>
                <xsl:call-template name="correspondent"/>
              </xsl:for-each>
              <xsl:for-each select="tei:correspAction[@type = 'sent']/tei:date[normalize-space(.) != '' or @when or @from or @notBefore or @notAfter][1]">
                <xsl:text>, </xsl:text>
                <xsl:apply-templates select="."/>
              </xsl:for-each>
            </dd>
          </div>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="correspondence-meta-one"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="correspondence-meta-one">
    <xsl:variable name="actions" select="$header/tei:profileDesc/tei:correspDesc/tei:correspAction"/>
    <xsl:variable name="sent" select="$actions[@type = 'sent']"/>
    <xsl:variable name="received" select="$actions[@type = 'received']"/>
    <xsl:if test="$sent[tei:persName | tei:orgName | tei:name]">
      <div class="meta-sender">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'sender'"/>
          </xsl:call-template>
        </dt>
        <xsl:for-each select="$sent[tei:persName | tei:orgName | tei:name]">
          <dd><xsl:call-template name="correspondent"/></dd>
        </xsl:for-each>
      </div>
    </xsl:if>
    <xsl:if test="$received[tei:persName | tei:orgName | tei:name]">
      <div class="meta-addressee">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'addressee'"/>
          </xsl:call-template>
        </dt>
        <xsl:for-each select="$received[tei:persName | tei:orgName | tei:name]">
          <dd><xsl:call-template name="correspondent"/></dd>
        </xsl:for-each>
      </div>
    </xsl:if>
    <xsl:variable name="dates" select="$sent/tei:date[normalize-space(.) != '' or @when or @from or @notBefore or @notAfter]"/>
    <xsl:if test="$dates">
      <div class="meta-date">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'date'"/>
          </xsl:call-template>
        </dt>
        <xsl:for-each select="$dates">
          <dd><xsl:apply-templates select="."/></dd>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Context: a correspAction. "I. I. Petrov, A. A. Ivanov (Moscow)" -->
  <xsl:template name="correspondent">
    <xsl:for-each select="tei:persName | tei:orgName | tei:name">
      <xsl:if test="position() > 1">, </xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
    <xsl:for-each select="tei:placeName[normalize-space(.) != ''][1]">
      <xsl:text> (</xsl:text>
      <xsl:apply-templates select="."/>
      <xsl:text>)</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- Only when the text has headed divisions. -->
  <xsl:template name="table-of-contents">
    <xsl:variable name="text" select="/tei:TEI/tei:text"/>
    <xsl:if test="$text//tei:div[tei:head]">
      <nav class="toc" role="doc-toc" aria-labelledby="contents-title">
        <h2 id="contents-title">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'contents'"/>
          </xsl:call-template>
        </h2>
        <ol>
          <xsl:apply-templates mode="toc"
              select="$text/tei:front/tei:div | $text/tei:body/tei:div | $text/tei:back/tei:div"/>
        </ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- The reading switch (see "Readings" at the top): the radio inputs
       come first, so that the CSS reaches the labels, the text and the
       notes after them as siblings; aria-owns puts them into the
       radiogroup of their labels. Keyboard: Tab reaches the checked
       input, the arrow keys switch; the focus ring is drawn on its label. -->
  <xsl:template name="reading-switch">
    <xsl:if test="$two-readings">
      <input class="reading-input visually-hidden" type="radio" name="reading"
          id="reading-corrected" value="corrected" checked="checked"/>
      <input class="reading-input visually-hidden" type="radio" name="reading"
          id="reading-source" value="source"/>
      <div class="reading-switch" role="radiogroup" aria-labelledby="reading-legend"
          aria-owns="reading-corrected reading-source">
        <span class="reading-legend" id="reading-legend">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'reading'"/>
          </xsl:call-template>
        </span>
        <xsl:text> </xsl:text>
        <label class="reading-option reading-option-corrected" for="reading-corrected">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'reading-corrected'"/>
          </xsl:call-template>
        </label>
        <xsl:text> </xsl:text>
        <label class="reading-option reading-option-source" for="reading-source">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'reading-source'"/>
          </xsl:call-template>
        </label>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The notes of the text, in document order, numbered by their @n: the
       author's notes (every listed note but the editor's), then the
       editor's notes. -->
  <xsl:template name="endnotes">
    <xsl:if test="$author-notes">
      <section class="notes" role="doc-endnotes" aria-labelledby="notes-title">
        <h2 id="notes-title">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'notes'"/>
          </xsl:call-template>
        </h2>
        <ol class="notes-list">
          <xsl:apply-templates select="$author-notes" mode="endnote"/>
        </ol>
      </section>
    </xsl:if>
    <xsl:if test="$editor-notes">
      <section class="notes notes-editorial" role="doc-endnotes" aria-labelledby="editor-notes-title">
        <h2 id="editor-notes-title">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'editor-notes'"/>
          </xsl:call-template>
        </h2>
        <ol class="notes-list notes-list-editorial">
          <xsl:apply-templates select="$editor-notes" mode="endnote"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The persons of particDesc in register order (@sortKey), each linked
       to its entry in the register. -->
  <xsl:template name="persons-section">
    <xsl:if test="$persons">
      <section class="persons" aria-labelledby="persons-title">
        <h2 id="persons-title">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'persons-in-document'"/>
          </xsl:call-template>
        </h2>
        <ul class="person-list">
          <xsl:for-each select="$persons">
            <xsl:sort select="@sortKey" data-type="text"/>
            <xsl:sort select="@xml:id" data-type="text"/>
            <xsl:variable name="dates">
              <xsl:call-template name="life-dates">
                <xsl:with-param name="birth" select="(tei:birth/@when | tei:birth/@notBefore | tei:birth/@from)[1]"/>
                <xsl:with-param name="death" select="(tei:death/@when | tei:death/@notBefore | tei:death/@from)[1]"/>
              </xsl:call-template>
            </xsl:variable>
            <li>
              <xsl:choose>
                <xsl:when test="normalize-space($register-href) != ''">
                  <a class="person-link" href="{concat($register-href, '#', @xml:id)}">
                    <xsl:call-template name="person-sort-form"/>
                  </a>
                </xsl:when>
                <xsl:otherwise>
                  <span class="person-link"><xsl:call-template name="person-sort-form"/></span>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:if test="string($dates) != ''">
                <xsl:text> </xsl:text>
                <span class="person-dates"><xsl:value-of select="concat('(', $dates, ')')"/></span>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="site-footer">
    <xsl:variable name="pub" select="$header/tei:fileDesc/tei:publicationStmt"/>
    <footer class="site-footer">
      <xsl:for-each select="$pub/tei:availability/tei:licence">
        <p class="licence">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'licence'"/>
          </xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:call-template name="licence-content"/>
        </p>
      </xsl:for-each>
      <xsl:if test="not($pub/tei:availability/tei:licence)">
        <xsl:for-each select="$pub/tei:availability/tei:p">
          <p class="licence"><xsl:apply-templates/></p>
        </xsl:for-each>
      </xsl:if>
      <xsl:if test="$pub/tei:publisher">
        <p class="publisher">
          <xsl:for-each select="$pub/tei:publisher">
            <xsl:if test="position() > 1">, </xsl:if>
            <xsl:apply-templates/>
          </xsl:for-each>
          <xsl:for-each select="$pub/tei:date[1]">
            <xsl:text>, </xsl:text>
            <xsl:call-template name="date-element"/>
          </xsl:for-each>
        </p>
      </xsl:if>
    </footer>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- 2. The text: one template per TEI element                         -->
  <!-- ================================================================ -->

  <!-- Structure ........................................................ -->

  <xsl:template match="tei:text">
    <div class="tei-text">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="tei:body">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:front | tei:back">
    <xsl:if test="text()[normalize-space()]
                  | *[not(self::tei:note) or @type = 'headnote']
                     [not(self::tei:div[not(*[not(self::tei:note) or @type = 'headnote'])])]">
      <div class="{local-name()}">
        <xsl:call-template name="lang-attr"/>
        <xsl:apply-templates/>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A div holding nothing but uncalled notes (e.g. back/div[@type='notes'])
       leaves no trace in the text: its notes are listed with the others. -->
  <xsl:template match="tei:div[not(*[not(self::tei:note) or @type = 'headnote']) and not(text()[normalize-space()])]"/>

  <!-- A headed div is a <section>; a headless one a plain <div>. -->
  <xsl:template match="tei:div">
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="tei:head">section</xsl:when>
        <xsl:otherwise>div</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="id"><xsl:call-template name="div-id"/></xsl:attribute>
      <xsl:attribute name="class">
        <xsl:text>div</xsl:text>
        <xsl:if test="@type"><xsl:value-of select="concat(' div-', @type)"/></xsl:if>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- div/@xml:id, else a stable id from the div's position: sec-2-1 is the
       first div of the second div of the body (front-…, back-… likewise). -->
  <xsl:template name="div-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="ancestor::tei:front">front-</xsl:when>
          <xsl:when test="ancestor::tei:back">back-</xsl:when>
          <xsl:otherwise>sec-</xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="ancestor-or-self::tei:div">
          <xsl:if test="position() &gt; 1">-</xsl:if>
          <xsl:variable name="div" select="generate-id()"/>
          <xsl:for-each select="libxslt:node-set($div-positions)">
            <xsl:value-of select="key('div-position', $div)/@n"/>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Each div's position among the divs of its parent, <d g="{generate-id()}" n="2"/>,
       found by key: counting its preceding siblings for each div (as xsl:number
       does) takes time quadratic in the number of sibling divs. (node-set()
       of libxslt, the processor Editio runs, registered by it.) -->
  <xsl:key name="div-position" match="d" use="@g"/>
  <xsl:variable name="div-positions">
    <xsl:for-each select="//*[tei:div]">
      <xsl:for-each select="tei:div">
        <d g="{generate-id()}" n="{position()}"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:variable>

  <!-- h2 for a top-level division, h3 below it, ... at most h6
       (h1 is the document title). Headless divs do not add a level. -->
  <xsl:template match="tei:div/tei:head">
    <xsl:variable name="depth" select="count(ancestor::tei:div[tei:head])"/>
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="$depth &lt; 5"><xsl:value-of select="$depth + 1"/></xsl:when>
        <xsl:otherwise>6</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="h{$level}">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="class">
        <xsl:text>head</xsl:text>
        <xsl:if test="@type = 'supplied'"> head-supplied</xsl:if>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:call-template name="head-content"/>
    </xsl:element>
  </xsl:template>

  <!-- A heading the editor supplied (head type="supplied") stands in square
       brackets, titled "supplied by the editor". -->
  <xsl:template name="head-content">
    <xsl:choose>
      <xsl:when test="@type = 'supplied'">
        <xsl:attribute name="title">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'supplied'"/>
          </xsl:call-template>
        </xsl:attribute>
        <xsl:text>[</xsl:text>
        <xsl:apply-templates/>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Heads of lists, line groups and the like (tables and figures have
       their own caption templates). -->
  <xsl:template match="tei:head">
    <p>
      <xsl:attribute name="class">
        <xsl:text>head</xsl:text>
        <xsl:if test="@type = 'supplied'"> head-supplied</xsl:if>
      </xsl:attribute>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:call-template name="head-content"/>
    </p>
  </xsl:template>

  <!-- Paragraphs ....................................................... -->

  <xsl:template match="tei:p">
    <xsl:call-template name="paragraph"/>
  </xsl:template>

  <xsl:template match="tei:ab">
    <xsl:call-template name="paragraph"/>
  </xsl:template>

  <!-- <p id="{xml:id}"><a class="pn" href="#{xml:id}">¶n</a> …</p>.
       A TEI paragraph holding a list, a block quote or a table becomes
       <div class="para para-block">, since an HTML <p> cannot hold them. -->
  <xsl:template name="paragraph">
    <xsl:variable name="block">
      <xsl:call-template name="has-block-content"/>
    </xsl:variable>
    <xsl:variable name="id">
      <xsl:choose>
        <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
        <xsl:when test="@n"><xsl:value-of select="concat('p-', normalize-space(@n))"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="$block = 'yes'">div</xsl:when>
        <xsl:otherwise>p</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:if test="$id != ''">
        <xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="class">
        <xsl:text>para</xsl:text>
        <xsl:if test="$block = 'yes'"> para-block</xsl:if>
        <xsl:if test="self::tei:ab"> ab</xsl:if>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:if test="normalize-space(@n) != '' and $id != ''">
        <a class="pn" href="#{$id}">
          <xsl:attribute name="aria-label">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'paragraph'"/>
            </xsl:call-template>
            <xsl:value-of select="concat(' ', normalize-space(@n))"/>
          </xsl:attribute>
          <xsl:value-of select="concat('¶', normalize-space(@n))"/>
        </a>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- 'yes' when the context element holds block-level children that an
       HTML <p> may not contain. Notes do not count: only their call is
       written in place. -->
  <xsl:template name="has-block-content">
    <xsl:choose>
      <xsl:when test="tei:p | tei:ab | tei:list | tei:table | tei:lg | tei:l | tei:figure
                      | tei:postscript | tei:div | tei:sp
                      | tei:quote[tei:p | tei:ab | tei:lg | tei:l | tei:list | tei:table]
                      | tei:cit[tei:quote[tei:p | tei:ab | tei:lg | tei:l | tei:list | tei:table]]">yes</xsl:when>
      <xsl:otherwise>no</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Lists ............................................................ -->

  <!-- ordered/numbered lists -> <ol>, gloss lists -> <dl>, others -> <ul>.
       TEI type "simple" (no numbers, no bullets) keeps class list-simple. -->
  <xsl:template match="tei:list">
    <xsl:variable name="type">
      <xsl:call-template name="lower-case">
        <xsl:with-param name="s" select="normalize-space(@type)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="rend" select="concat(' ', normalize-space(@rend), ' ')"/>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="$type = 'gloss' or tei:label">dl</xsl:when>
        <xsl:when test="$type = 'ordered' or $type = 'numbered'
                        or contains($rend, ' numbered ') or contains($rend, ' ordered ')">ol</xsl:when>
        <xsl:otherwise>ul</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:apply-templates select="tei:head"/>
    <xsl:element name="{$element}">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="class">
        <xsl:text>list</xsl:text>
        <xsl:if test="$type != ''"><xsl:value-of select="concat(' list-', $type)"/></xsl:if>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates select="*[not(self::tei:head)]"/>
    </xsl:element>
  </xsl:template>

  <!-- In an ordered list a numeric @n becomes the item's value. -->
  <xsl:template match="tei:item">
    <li>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="../@type = 'ordered' or ../@type = 'numbered'">
        <xsl:if test="string(number(@n)) != 'NaN' and floor(number(@n)) = number(@n)">
          <xsl:attribute name="value"><xsl:value-of select="number(@n)"/></xsl:attribute>
        </xsl:if>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <!-- A gloss list: a key, not a pattern that tests the list's children for
       a label for each of its items (quadratic in the length of the list). -->
  <xsl:key name="gloss-list" match="tei:list[@type = 'gloss' or tei:label]" use="generate-id()"/>

  <xsl:template match="tei:label[key('gloss-list', generate-id(parent::tei:list))]">
    <dt>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </dt>
  </xsl:template>

  <xsl:template match="tei:item[key('gloss-list', generate-id(parent::tei:list))]">
    <dd>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </dd>
  </xsl:template>

  <xsl:template match="tei:label">
    <span class="label">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Quotations ....................................................... -->

  <!-- Quotation marks are part of the TEI text, so inline quotations are
       spans (an HTML <q> would add a second pair). -->
  <xsl:template match="tei:quote">
    <xsl:variable name="block">
      <xsl:call-template name="has-block-content"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes'">
        <blockquote class="quote">
          <xsl:if test="@xml:id">
            <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="starts-with(@source, 'http://') or starts-with(@source, 'https://')">
            <xsl:attribute name="cite"><xsl:value-of select="@source"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </blockquote>
      </xsl:when>
      <xsl:otherwise>
        <span class="quote">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:q">
    <span class="q">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:said">
    <span class="said">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- A block quotation with its reference becomes a figure. -->
  <xsl:template match="tei:cit">
    <xsl:variable name="block">
      <xsl:for-each select="tei:quote[1]">
        <xsl:call-template name="has-block-content"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes'">
        <figure class="cit">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates select="tei:quote"/>
          <xsl:if test="*[not(self::tei:quote)]">
            <figcaption>
              <xsl:apply-templates select="*[not(self::tei:quote)]"/>
            </figcaption>
          </xsl:if>
        </figure>
      </xsl:when>
      <xsl:otherwise>
        <span class="cit">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Verse ............................................................ -->

  <xsl:template match="tei:lg">
    <div class="lg">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="tei:l">
    <div class="l">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- Letters: opener, closer and their parts are spans shown as blocks by
       the CSS, so they are valid HTML wherever the TEI puts them. -->
  <xsl:template match="tei:opener">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:closer">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:dateline">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:salute">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:signed">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:address">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:addrLine">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <!-- A line of the office or the archive (note type="source": "File No.
       711.221/3468", "[Telegram]"): a small line in place, not a note. -->
  <xsl:template match="tei:note[@type = 'source']" priority="2">
    <span class="source-line">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>
  <xsl:template match="tei:note[@type = 'source']" mode="plain" priority="2">
    <xsl:apply-templates mode="plain"/>
  </xsl:template>

  <xsl:template name="block-span">
    <span>
      <xsl:attribute name="class">
        <xsl:call-template name="lower-case">
          <xsl:with-param name="s" select="local-name()"/>
        </xsl:call-template>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:postscript">
    <div class="postscript">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- Tables and figures ............................................... -->

  <xsl:template match="tei:table">
    <table class="table">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:if test="tei:head">
        <caption>
          <xsl:for-each select="tei:head">
            <xsl:apply-templates/>
          </xsl:for-each>
        </caption>
      </xsl:if>
      <tbody>
        <xsl:apply-templates select="tei:row"/>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template match="tei:row">
    <tr>
      <xsl:apply-templates select="tei:cell"/>
    </tr>
  </xsl:template>

  <xsl:template match="tei:cell">
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="@role = 'label' or ../@role = 'label'">th</xsl:when>
        <xsl:otherwise>td</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:if test="number(@cols) > 1">
        <xsl:attribute name="colspan"><xsl:value-of select="number(@cols)"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="number(@rows) > 1">
        <xsl:attribute name="rowspan"><xsl:value-of select="number(@rows)"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:figure">
    <figure class="figure">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates select="*[not(self::tei:head)]"/>
      <xsl:if test="tei:head">
        <figcaption>
          <xsl:for-each select="tei:head">
            <xsl:apply-templates/>
          </xsl:for-each>
        </figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <xsl:template match="tei:graphic">
    <img src="{@url}">
      <xsl:attribute name="alt">
        <xsl:value-of select="normalize-space((../tei:figDesc | tei:desc)[1])"/>
      </xsl:attribute>
    </img>
  </xsl:template>

  <!-- Used as the alt text of the figure's graphic. -->
  <xsl:template match="tei:figure/tei:figDesc"/>

  <!-- Highlighting and phrase-level elements ........................... -->

  <!-- @rend tokens pick the element (sup, sub, i, b, else span) and all of
       them become classes: rend="italic spaced" -> <i class="hi rend-italic rend-spaced">. -->
  <xsl:template match="tei:hi">
    <xsl:variable name="r">
      <xsl:call-template name="lower-case">
        <xsl:with-param name="s" select="concat(' ', normalize-space(@rend), ' ')"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="contains($r, ' sup ') or contains($r, ' superscript ')">sup</xsl:when>
        <xsl:when test="contains($r, ' sub ') or contains($r, ' subscript ')">sub</xsl:when>
        <xsl:when test="contains($r, ' italic ') or contains($r, ' italics ')">i</xsl:when>
        <xsl:when test="contains($r, ' bold ')">b</xsl:when>
        <xsl:otherwise>span</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">
        <xsl:text>hi</xsl:text>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:emph">
    <em>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </em>
  </xsl:template>

  <xsl:template match="tei:foreign">
    <span class="foreign">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:term">
    <span class="term">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:mentioned">
    <span class="mentioned">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:soCalled">
    <span class="socalled">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Titles of works named in the text. -->
  <xsl:template match="tei:title">
    <cite>
      <xsl:attribute name="class">
        <xsl:text>title</xsl:text>
        <xsl:if test="@level"><xsl:value-of select="concat(' title-', @level)"/></xsl:if>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </cite>
  </xsl:template>

  <xsl:template match="tei:bibl">
    <span class="bibl">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Segments and identifiers of the text: a class per @type, e.g. in an
       opener seg.seg-classification ("Top secret"), seg.seg-addressee,
       idno.idno-reference ("No. 123"); idno.idno-shelfmark in a headnote. -->
  <xsl:template match="tei:seg | tei:idno">
    <span>
      <xsl:attribute name="class">
        <xsl:value-of select="local-name()"/>
        <xsl:if test="normalize-space(@type) != ''">
          <xsl:value-of select="concat(' ', local-name(), '-', translate(normalize-space(@type), ' ', '-'))"/>
        </xsl:if>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Names and dates .................................................. -->

  <!-- A person of particDesc: a link to the register (or, without
       register-href, a span) titled "Forename Patronymic Surname (1878–1953)".
       No link inside a link (ref). A name the encoder could not identify
       (no @ref): span.person.unlinked. Anything else: as other names. -->
  <xsl:template match="tei:persName">
    <xsl:variable name="refs" select="normalize-space(@ref)"/>
    <xsl:variable name="first" select="substring-before(concat($refs, ' '), ' ')"/>
    <xsl:variable name="person" select="key('person', substring-after($first, '#'))[starts-with($first, '#')][1]"/>
    <xsl:choose>
      <xsl:when test="$person and (ancestor::tei:text or ancestor::tei:correspDesc)">
        <xsl:variable name="title">
          <xsl:call-template name="person-titles">
            <xsl:with-param name="tokens" select="$refs"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="element">
          <xsl:choose>
            <xsl:when test="normalize-space($register-href) != '' and not(ancestor::tei:ref)">a</xsl:when>
            <xsl:otherwise>span</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:element name="{$element}">
          <xsl:attribute name="class">person</xsl:attribute>
          <xsl:if test="$element = 'a'">
            <xsl:attribute name="href">
              <xsl:value-of select="concat(normalize-space($register-href), '#', $person/@xml:id)"/>
            </xsl:attribute>
          </xsl:if>
          <xsl:if test="string($title) != ''">
            <xsl:attribute name="title"><xsl:value-of select="$title"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:when>
      <xsl:when test="not(@ref) and ancestor::tei:text">
        <span class="person unlinked">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="name-like"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Name (dates)" of every person the pointers resolve to, joined by "; ". -->
  <xsl:template name="person-titles">
    <xsl:param name="tokens"/>
    <xsl:param name="first" select="true()"/>
    <xsl:if test="$tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:variable name="person" select="key('person', substring-after($token, '#'))[starts-with($token, '#')][1]"/>
      <xsl:for-each select="$person">
        <xsl:if test="not($first)">; </xsl:if>
        <xsl:call-template name="person-title"/>
      </xsl:for-each>
      <xsl:call-template name="person-titles">
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
        <xsl:with-param name="first" select="$first and not($person)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Context: a person. Its regular name in the page language, as written
       in the personography, then the life dates in parentheses. -->
  <xsl:template name="person-title">
    <xsl:variable name="dates">
      <xsl:call-template name="life-dates">
        <xsl:with-param name="birth" select="(tei:birth/@when | tei:birth/@notBefore | tei:birth/@from)[1]"/>
        <xsl:with-param name="death" select="(tei:death/@when | tei:death/@notBefore | tei:death/@from)[1]"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="person-name"/>
    <xsl:if test="string($dates) != ''">
      <xsl:value-of select="concat(' (', $dates, ')')"/>
    </xsl:if>
  </xsl:template>

  <!-- Context: a person. Its regular name (persName type="reg") in the page
       language, else in English, else any regular name, else its first
       name: as written ($form 'plain': "Forename Patronymic Surname") or
       surname first ($form 'sort': "Surname, Forename Patronymic"). -->
  <xsl:template name="person-name">
    <xsl:param name="form" select="'plain'"/>
    <xsl:variable name="regs" select="(tei:persName | tei:name)[@type = 'reg'][normalize-space(.) != '']"/>
    <xsl:variable name="in-page" select="$regs[translate(substring-before(concat(normalize-space(@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = string($page-primary)]"/>
    <xsl:variable name="in-en" select="$regs[translate(substring-before(concat(normalize-space(@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = 'en']"/>
    <xsl:variable name="name"
        select="($in-page | $in-en[not($in-page)] | $regs[not($in-page or $in-en)]
                 | (tei:persName | tei:name)[normalize-space(.) != ''][not($regs)])[1]"/>
    <xsl:choose>
      <xsl:when test="not($name)"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:when test="$form = 'sort' and $name/tei:surname[normalize-space(.) != '']">
        <xsl:for-each select="$name/tei:surname[normalize-space(.) != '']">
          <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
        <xsl:for-each select="$name/*[not(self::tei:surname)][normalize-space(.) != '']">
          <xsl:choose>
            <xsl:when test="position() = 1">, </xsl:when>
            <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($name)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="person-sort-form">
    <xsl:call-template name="person-name">
      <xsl:with-param name="form" select="'sort'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:placeName">
    <xsl:call-template name="name-like"/>
  </xsl:template>

  <xsl:template match="tei:orgName">
    <xsl:call-template name="name-like"/>
  </xsl:template>

  <xsl:template match="tei:name">
    <xsl:call-template name="name-like"/>
  </xsl:template>

  <xsl:template match="tei:rs">
    <xsl:call-template name="name-like"/>
  </xsl:template>

  <!-- An http(s) @ref (authority record) becomes a link; a local "#id"
       pointer is kept in data-ref. -->
  <xsl:template name="name-like">
    <xsl:variable name="ref" select="substring-before(concat(normalize-space(@ref), ' '), ' ')"/>
    <xsl:variable name="class">
      <xsl:call-template name="lower-case">
        <xsl:with-param name="s" select="local-name()"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with($ref, 'http://') or starts-with($ref, 'https://')">
        <a class="name {$class}" href="{$ref}">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="name {$class}">
          <xsl:if test="$ref != ''">
            <xsl:attribute name="data-ref"><xsl:value-of select="$ref"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Dates of the text: <time class="date" datetime="1923-10-15"
       title="15 October 1923">15 октября 1923 года</time>. datetime is
       @when, else @from, else @notBefore, when HTML accepts it (a TEI date
       without a year, "- -04-16", gives the yearless "04-16"); a date with
       no such value is a <span class="date">. The title gives the
       normalized value in words, and says when part of it was inferred
       from the context (@cert: class date-inferred) or the source dates by
       the Julian calendar (the custom attributes: class date-julian). An
       empty date shows the normalized value. The dates of correspDesc
       (sender, addressee, date in the description list) likewise. -->
  <xsl:template match="tei:text//tei:date | tei:correspDesc//tei:date">
    <xsl:variable name="datetime"><xsl:call-template name="date-datetime"/></xsl:variable>
    <xsl:variable name="old-style"><xsl:call-template name="old-style-words"/></xsl:variable>
    <xsl:variable name="text">
      <xsl:apply-templates mode="plain"/>
    </xsl:variable>
    <xsl:variable name="title">
      <xsl:call-template name="date-title">
        <xsl:with-param name="text" select="normalize-space($text)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="string($datetime) != ''">time</xsl:when>
        <xsl:otherwise>span</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">
        <xsl:text>date</xsl:text>
        <xsl:if test="@cert"> date-inferred</xsl:if>
        <xsl:if test="string($old-style) != ''"> date-julian</xsl:if>
      </xsl:attribute>
      <xsl:if test="string($datetime) != ''">
        <xsl:attribute name="datetime"><xsl:value-of select="$datetime"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$element = 'span'">
        <xsl:call-template name="date-data-attributes"/>
      </xsl:if>
      <xsl:if test="normalize-space($title) != ''">
        <xsl:attribute name="title"><xsl:value-of select="normalize-space($title)"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:choose>
        <xsl:when test="normalize-space(.) != '' or *">
          <xsl:apply-templates/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="date-words"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- The TEI values of a date that has no HTML datetime, as data-*. -->
  <xsl:template name="date-data-attributes">
    <xsl:for-each select="@when | @from | @to">
      <xsl:attribute name="{concat('data-', local-name())}">
        <xsl:value-of select="normalize-space(.)"/>
      </xsl:attribute>
    </xsl:for-each>
    <xsl:if test="@notBefore">
      <xsl:attribute name="data-not-before"><xsl:value-of select="normalize-space(@notBefore)"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="@notAfter">
      <xsl:attribute name="data-not-after"><xsl:value-of select="normalize-space(@notAfter)"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- Dates of the header (sources, publication): as in the edition index. -->
  <xsl:template match="tei:date">
    <xsl:call-template name="date-element"/>
  </xsl:template>

  <!-- Editorial interventions .......................................... -->

  <!-- Two readings, both kept in the page (see "Readings" at the top):
         <span class="choice choice-corr">
           <span class="corr" title="In the source: Sidorenko">Sidorov</span>
           <span class="sic" title="Corrected: Sidorov">Sidorenko</span>
         </span>
       likewise choice-reg with reg and orig. The CSS shows one of them, as
       the reading switch says; the title of each names the other reading.
       The expansion of an abbr is kept in its title. -->
  <xsl:template match="tei:choice">
    <xsl:choose>
      <xsl:when test="(tei:corr and tei:sic) or (tei:reg and tei:orig)">
        <xsl:variable name="edition" select="(tei:corr | tei:reg[not(../tei:corr and ../tei:sic)])[1]"/>
        <xsl:variable name="source" select="(tei:sic[../tei:corr] | tei:orig[not(../tei:corr and ../tei:sic)])[1]"/>
        <xsl:variable name="kind" select="local-name($edition)"/>
        <xsl:variable name="edition-text"><xsl:apply-templates select="$edition" mode="plain"/></xsl:variable>
        <xsl:variable name="source-text"><xsl:apply-templates select="$source" mode="plain"/></xsl:variable>
        <span class="choice choice-{$kind}">
          <xsl:for-each select="$edition">
            <span class="{$kind}">
              <xsl:attribute name="title">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'in-source'"/>
                </xsl:call-template>
                <xsl:text>: </xsl:text>
                <xsl:value-of select="normalize-space($source-text)"/>
              </xsl:attribute>
              <xsl:call-template name="lang-attr"/>
              <xsl:apply-templates/>
            </span>
          </xsl:for-each>
          <xsl:for-each select="$source">
            <span class="{local-name()}">
              <xsl:attribute name="title">
                <xsl:call-template name="label">
                  <xsl:with-param name="key">
                    <xsl:choose>
                      <xsl:when test="$kind = 'corr'">corrected-as</xsl:when>
                      <xsl:otherwise>regularized-as</xsl:otherwise>
                    </xsl:choose>
                  </xsl:with-param>
                </xsl:call-template>
                <xsl:text>: </xsl:text>
                <xsl:value-of select="normalize-space($edition-text)"/>
              </xsl:attribute>
              <xsl:call-template name="lang-attr"/>
              <xsl:apply-templates/>
            </span>
          </xsl:for-each>
        </span>
      </xsl:when>
      <xsl:when test="tei:corr">
        <span class="choice corr">
          <xsl:apply-templates select="tei:corr[1]/node()"/>
        </span>
      </xsl:when>
      <xsl:when test="tei:reg">
        <span class="choice reg">
          <xsl:apply-templates select="tei:reg[1]/node()"/>
        </span>
      </xsl:when>
      <xsl:when test="tei:abbr and tei:expan">
        <abbr class="choice">
          <xsl:attribute name="title">
            <xsl:apply-templates select="tei:expan[1]" mode="plain"/>
          </xsl:attribute>
          <xsl:apply-templates select="tei:abbr[1]/node()"/>
        </abbr>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="*[1]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- sic outside choice: shown as is, flagged [sic]. -->
  <xsl:template match="tei:sic">
    <span class="sic">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
    <xsl:text> </xsl:text>
    <span class="sic-flag">
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="'sic'"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <xsl:template match="tei:corr">
    <span class="corr">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:reg">
    <span class="reg">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:orig">
    <span class="orig">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:abbr">
    <abbr>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </abbr>
  </xsl:template>

  <xsl:template match="tei:expan">
    <span class="expan">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- […] titled with what the gap's desc says, else with "text omitted"
       and the reason (and extent); screen readers get the same words
       instead of the brackets:
         <span class="gap" title="…"><span aria-hidden="true">[…]</span><span
           class="visually-hidden">[text omitted: …]</span></span> -->
  <xsl:template match="tei:gap">
    <xsl:variable name="label">
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="'gap'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="desc" select="normalize-space(tei:desc[1])"/>
    <xsl:variable name="reason-tokens" select="normalize-space(@reason)"/>
    <xsl:variable name="reason">
      <xsl:call-template name="gap-reasons">
        <xsl:with-param name="tokens" select="$reason-tokens"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="extent" select="normalize-space(concat(@extent, ' ', @quantity, ' ', @unit))"/>
    <xsl:variable name="about">
      <xsl:choose>
        <xsl:when test="$desc != ''">
          <xsl:value-of select="concat(': ', $desc)"/>
        </xsl:when>
        <xsl:when test="$reason != '' or $extent != ''">
          <xsl:text> (</xsl:text>
          <xsl:value-of select="$reason"/>
          <xsl:if test="$reason != '' and $extent != ''">, </xsl:if>
          <xsl:value-of select="$extent"/>
          <xsl:text>)</xsl:text>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <span class="gap">
      <xsl:attribute name="title">
        <xsl:choose>
          <xsl:when test="$desc != ''"><xsl:value-of select="$desc"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($label, $about)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <span aria-hidden="true">[…]</span>
      <span class="visually-hidden">
        <xsl:value-of select="concat('[', $label, $about, ']')"/>
      </span>
    </span>
  </xsl:template>

  <!-- gap/@reason tokens in words, joined by ", "; an unknown one as it is. -->
  <xsl:template name="gap-reasons">
    <xsl:param name="tokens"/>
    <xsl:if test="$tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:variable name="word">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="concat('gap-', $token)"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$word = concat('gap-', $token)"><xsl:value-of select="$token"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$word"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="substring-after($tokens, ' ') != ''">, </xsl:if>
      <xsl:call-template name="gap-reasons">
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:unclear">
    <span class="unclear">
      <xsl:attribute name="title">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'unclear'"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <span class="supplied">
      <xsl:attribute name="title">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'supplied'"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:text>[</xsl:text>
      <xsl:apply-templates/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="tei:add">
    <ins class="add">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </ins>
  </xsl:template>

  <xsl:template match="tei:del">
    <del class="del">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </del>
  </xsl:template>

  <!-- Links, breaks and anchors ........................................ -->

  <xsl:template match="tei:ref">
    <xsl:variable name="target">
      <xsl:call-template name="safe-href">
        <xsl:with-param name="url" select="substring-before(concat(normalize-space(@target), ' '), ' ')"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$target != ''">
        <a class="ref" href="{$target}">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
          <xsl:if test="normalize-space(.) = '' and not(*)">
            <xsl:value-of select="$target"/>
          </xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ptr">
    <xsl:variable name="target">
      <xsl:call-template name="safe-href">
        <xsl:with-param name="url" select="substring-before(concat(normalize-space(@target), ' '), ' ')"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="$target != ''">
      <a class="ptr" href="{$target}"><xsl:value-of select="$target"/></a>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:lb">
    <br/>
  </xsl:template>

  <!-- Page beginnings of the source: [p. 12] -->
  <xsl:template match="tei:pb">
    <xsl:if test="normalize-space(@n) != '' or @xml:id">
      <span class="pb">
        <xsl:if test="@xml:id">
          <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="normalize-space(@n) != ''">
          <xsl:text>[</xsl:text>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'page'"/>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', normalize-space(@n), ']')"/>
        </xsl:if>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:anchor">
    <xsl:if test="@xml:id">
      <span class="anchor" id="{@xml:id}"></span>
    </xsl:if>
  </xsl:template>

  <!-- Anything else: keep its text. -->
  <xsl:template match="tei:*">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="*">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- 3. Notes                                                          -->
  <!-- ================================================================ -->

  <!-- At the call site: a superscript link to the endnote; the editor's
       notes (type="editorial") have calls of their own. The call is
       described by the note's popover, which follows it (see
       "note-popover"). -->
  <xsl:template match="tei:note">
    <xsl:variable name="id"><xsl:call-template name="note-id"/></xsl:variable>
    <xsl:variable name="n"><xsl:call-template name="note-label"/></xsl:variable>
    <sup class="noteref-sup">
      <a role="doc-noteref" id="ref-{$id}" href="#{$id}" aria-describedby="pop-{$id}">
        <xsl:attribute name="class">
          <xsl:text>noteref</xsl:text>
          <xsl:if test="@type = 'editorial'"> noteref-editorial</xsl:if>
        </xsl:attribute>
        <xsl:attribute name="aria-label">
          <xsl:call-template name="label">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="@type = 'editorial'">editor-note</xsl:when>
                <xsl:otherwise>note</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', $n)"/>
        </xsl:attribute>
        <xsl:value-of select="$n"/>
      </a>
    </sup>
    <xsl:call-template name="note-popover">
      <xsl:with-param name="id" select="$id"/>
      <xsl:with-param name="n" select="$n"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The note's popover, right after its call: the note's number, its
     text and who wrote it, the same text as the endnote's without the
     back-link (the kind, "Note" or "Editor's note", is in data-kind, shown
     by the CSS before the number), shown by the CSS while the call is hovered or focused, or
     the popover itself hovered (editio.js: Escape hides it). It stands in
     the text, usually in a <p>, so it is phrasing content only: spans, the
     note's paragraphs as span.note-popover-p shown as blocks; it holds no
     ids and no links (names and references are plain text in it).
       <span class="note-popover note-by-author" id="pop-ID" role="tooltip">
         <span class="note-popover-head" data-kind="Note"><span class="note-popover-n">41</span></span>
         <span class="note-popover-body"><span class="note-popover-p">… <span
           class="note-resp note-by-author">— Anna Bell</span></span></span></span> -->
  <xsl:template name="note-popover">
    <xsl:param name="id"/>
    <xsl:param name="n"/>
    <xsl:variable name="role"><xsl:call-template name="note-role"/></xsl:variable>
    <xsl:variable name="block"><xsl:call-template name="has-block-content"/></xsl:variable>
    <span id="pop-{$id}" role="tooltip">
      <xsl:attribute name="class">
        <xsl:text>note-popover</xsl:text>
        <xsl:if test="@type = 'editorial'"> note-popover-editorial</xsl:if>
        <xsl:choose>
          <xsl:when test="$role != ''"><xsl:value-of select="concat(' note-by-', $role)"/></xsl:when>
          <xsl:otherwise> note-unattributed</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <span class="note-popover-head">
        <xsl:attribute name="data-kind">
          <xsl:call-template name="label">
            <xsl:with-param name="key">
              <xsl:choose>
                <xsl:when test="@type = 'editorial'">editor-note</xsl:when>
                <xsl:otherwise>note</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:attribute>
        <span class="note-popover-n"><xsl:value-of select="$n"/></span>
      </span>
      <xsl:text> </xsl:text>
      <span class="note-popover-body">
        <xsl:choose>
          <xsl:when test="$block = 'yes'">
            <xsl:apply-templates mode="popover"/>
            <xsl:if test="not(*[last()][self::tei:p or self::tei:ab]) and $role != ''">
              <span class="note-popover-p note-tail">
                <xsl:call-template name="note-tail">
                  <xsl:with-param name="backlink" select="false()"/>
                </xsl:call-template>
              </span>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <span class="note-popover-p">
              <xsl:apply-templates mode="popover"/>
              <xsl:call-template name="note-tail">
                <xsl:with-param name="backlink" select="false()"/>
              </xsl:call-template>
            </span>
          </xsl:otherwise>
        </xsl:choose>
      </span>
    </span>
  </xsl:template>

  <!-- mode popover: the content of a note in its popover. Blocks become
       spans shown as blocks; elements that would write an id or a link
       are written without; anything else as in the text. -->
  <xsl:template match="tei:p | tei:ab | tei:head" mode="popover">
    <span class="note-popover-p">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
      <xsl:if test="parent::tei:note and not(following-sibling::*) and not(self::tei:head)">
        <xsl:for-each select="parent::tei:note">
          <xsl:call-template name="note-tail">
            <xsl:with-param name="backlink" select="false()"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:if>
    </span>
    <!-- a space between blocks, for the text of aria-describedby -->
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:list | tei:lg | tei:table | tei:figure | tei:postscript" mode="popover">
    <span class="note-popover-{local-name()}">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:item | tei:l | tei:row | tei:list/tei:label" mode="popover">
    <span class="note-popover-{local-name()}">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:cell" mode="popover">
    <span class="note-popover-cell">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p | tei:ab | tei:lg | tei:l | tei:list | tei:table] | tei:cit[tei:quote[tei:p | tei:ab | tei:lg | tei:l | tei:list | tei:table]]"
      mode="popover">
    <span class="note-popover-quote">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
    </span>
  </xsl:template>

  <!-- no links: names and references as their text -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:ref" mode="popover">
    <xsl:choose>
      <xsl:when test="normalize-space(@xml:lang) != ''">
        <span><xsl:call-template name="lang-attr"/><xsl:apply-templates mode="popover"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="popover"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ptr" mode="popover">
    <xsl:value-of select="substring-before(concat(normalize-space(@target), ' '), ' ')"/>
  </xsl:template>

  <!-- no ids -->
  <xsl:template match="tei:seg[@xml:id] | tei:idno[@xml:id] | tei:opener | tei:closer | tei:dateline
                       | tei:salute | tei:signed | tei:address | tei:addrLine" mode="popover">
    <span class="{local-name()}">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="popover"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:pb[@xml:id]" mode="popover">
    <xsl:if test="normalize-space(@n) != ''">
      <span class="pb">
        <xsl:text>[</xsl:text>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'page'"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' ', normalize-space(@n), ']')"/>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:anchor" mode="popover"/>

  <!-- a note inside a note has no popover of its own; an insertion in
       place stays -->
  <xsl:template match="tei:note" mode="popover"/>

  <xsl:template match="tei:note[@type = 'insertion'][@place = 'inline']" mode="popover" priority="2">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <xsl:template match="*" mode="popover">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- An insertion standing in the text, e.g. "(Sidorov - AB)" with the
       parentheses outside the note: in place, marked, naming who inserted
       it (@resp: the resp and name of a respStmt, or a name):
         <span class="insertion insertion-by-editor" title="Inserted by:
           editors of the source publication, A. Bell"><span
           class="visually-hidden">Inserted by: …: </span>Sidorov - AB</span> -->
  <xsl:template match="tei:note[@type = 'insertion'][@place = 'inline']" priority="2">
    <xsl:variable name="role"><xsl:call-template name="note-role"/></xsl:variable>
    <xsl:variable name="who">
      <xsl:call-template name="resp-descriptions">
        <xsl:with-param name="tokens" select="normalize-space(@resp)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="label">
      <xsl:choose>
        <xsl:when test="normalize-space($who) != ''">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'inserted-by'"/>
          </xsl:call-template>
          <xsl:value-of select="concat(': ', normalize-space($who))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'insertion'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <span>
      <xsl:attribute name="class">
        <xsl:text>insertion</xsl:text>
        <xsl:if test="$role != ''"><xsl:value-of select="concat(' insertion-by-', $role)"/></xsl:if>
      </xsl:attribute>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="title"><xsl:value-of select="$label"/></xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <span class="visually-hidden"><xsl:value-of select="concat($label, ': ')"/></span>
      <xsl:apply-templates select="node()[not(self::tei:p)] | tei:p/node()"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:note[@type = 'insertion'][@place = 'inline']" mode="plain">
    <xsl:apply-templates mode="plain"/>
  </xsl:template>

  <!-- A headnote (of the source publication, the translator, ...) in place,
       as a block labelled by its @resp: an aside between blocks, a span
       shown as a block inside a paragraph.
         <aside class="headnote-note headnote-by-editor"><p
           class="headnote-label" title="editors of the source publication,
           A. Bell">Note of the source publication</p><p>…</p></aside> -->
  <xsl:template match="tei:note[@type = 'headnote']" priority="2">
    <xsl:variable name="role"><xsl:call-template name="note-role"/></xsl:variable>
    <xsl:variable name="who">
      <xsl:call-template name="resp-descriptions">
        <xsl:with-param name="tokens" select="normalize-space(@resp)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="first" select="substring-before(concat(normalize-space(@resp), ' '), ' ')"/>
    <xsl:variable name="target" select="key('xml-id', substring-after($first, '#'))[starts-with($first, '#')][1]"/>
    <xsl:variable name="key">
      <xsl:choose>
        <xsl:when test="not($target)">headnote</xsl:when>
        <xsl:when test="$role = 'author'">headnote-author</xsl:when>
        <xsl:when test="$role = 'translator'">headnote-translator</xsl:when>
        <!-- the edition's own editor, else an earlier one: the publication's -->
        <xsl:when test="$target[self::tei:editor] or $target/ancestor::tei:editionStmt">headnote-editor</xsl:when>
        <xsl:otherwise>headnote-source</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="block" select="parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back
                                       or parent::tei:postscript or parent::tei:lg"/>
    <xsl:variable name="class">
      <xsl:text>headnote-note</xsl:text>
      <xsl:if test="$role != ''"><xsl:value-of select="concat(' headnote-by-', $role)"/></xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block">
        <aside class="{$class}">
          <xsl:if test="@xml:id">
            <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="lang-attr"/>
          <p class="headnote-label">
            <xsl:if test="normalize-space($who) != ''">
              <xsl:attribute name="title"><xsl:value-of select="normalize-space($who)"/></xsl:attribute>
            </xsl:if>
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="$key"/>
            </xsl:call-template>
          </p>
          <xsl:choose>
            <xsl:when test="tei:p | tei:ab | tei:list | tei:lg | tei:table | tei:quote">
              <xsl:apply-templates/>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:apply-templates/></p>
            </xsl:otherwise>
          </xsl:choose>
        </aside>
      </xsl:when>
      <xsl:otherwise>
        <span class="{$class}" role="note">
          <xsl:if test="@xml:id">
            <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="lang-attr"/>
          <span class="headnote-label">
            <xsl:if test="normalize-space($who) != ''">
              <xsl:attribute name="title"><xsl:value-of select="normalize-space($who)"/></xsl:attribute>
            </xsl:if>
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="$key"/>
            </xsl:call-template>
          </span>
          <xsl:text> </xsl:text>
          <xsl:apply-templates select="node()[not(self::tei:p)] | tei:p/node()"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note[@type = 'headnote']" mode="plain"/>

  <!-- Paragraphs of a headnote: no number, no note tail. -->
  <xsl:template match="tei:note[@type = 'headnote']/tei:p | tei:note[@type = 'headnote']/tei:ab" priority="2">
    <p>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- Who @resp points to, in words, joined by "; ": a respStmt as "resp,
       name" (its resp, then its name), anything else by its name. -->
  <xsl:template name="resp-descriptions">
    <xsl:param name="tokens"/>
    <xsl:param name="first" select="true()"/>
    <xsl:if test="$tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:variable name="target" select="key('xml-id', substring-after($token, '#'))[starts-with($token, '#')][1]"/>
      <xsl:if test="$target">
        <xsl:if test="not($first)">; </xsl:if>
        <xsl:for-each select="$target">
          <xsl:choose>
            <xsl:when test="self::tei:respStmt">
              <xsl:variable name="name">
                <xsl:apply-templates select="." mode="resp-name"/>
              </xsl:variable>
              <xsl:value-of select="normalize-space(tei:resp)"/>
              <xsl:if test="tei:persName | tei:name | tei:orgName">
                <xsl:if test="normalize-space(tei:resp) != ''">, </xsl:if>
                <xsl:value-of select="$name"/>
              </xsl:if>
            </xsl:when>
            <xsl:otherwise>
              <xsl:apply-templates select="." mode="resp-name"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:if>
      <xsl:call-template name="resp-descriptions">
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
        <xsl:with-param name="first" select="$first and not($target)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Notes in the header (e.g. in sourceDesc) are read by the citation
       templates, not rendered as note calls. -->
  <xsl:template match="tei:teiHeader//tei:note"/>

  <!-- Uncalled notes: a note standing between blocks (a child of div, body,
       front or back) has no call site; it is listed without a back-link. -->
  <xsl:template match="tei:note[parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back]"/>

  <!-- In the endnotes section. -->
  <xsl:template match="tei:note" mode="endnote">
    <xsl:variable name="id"><xsl:call-template name="note-id"/></xsl:variable>
    <xsl:variable name="role"><xsl:call-template name="note-role"/></xsl:variable>
    <xsl:variable name="block"><xsl:call-template name="has-block-content"/></xsl:variable>
    <li id="{$id}" role="doc-endnote">
      <xsl:attribute name="class">
        <xsl:text>note</xsl:text>
        <xsl:choose>
          <xsl:when test="$role != ''"><xsl:value-of select="concat(' note-by-', $role)"/></xsl:when>
          <xsl:otherwise> note-unattributed</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back"> note-uncalled</xsl:if>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <span class="note-n"><xsl:call-template name="note-label"/></span>
      <xsl:text> </xsl:text>
      <!-- A note body no call refers to says so (its number appears nowhere in the text). -->
      <xsl:if test="parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back">
        <span class="note-uncalled-label">
          <xsl:text>(</xsl:text>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'note-uncalled'"/>
          </xsl:call-template>
          <xsl:text>)</xsl:text>
        </span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$block = 'yes'">
          <xsl:apply-templates/>
          <!-- the tail goes inside a closing p (see below), else on its own -->
          <xsl:if test="not(*[last()][self::tei:p or self::tei:ab])
                        and ($role != '' or not(parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back))">
            <p class="note-tail"><xsl:call-template name="note-tail"/></p>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <p>
            <xsl:apply-templates/>
            <xsl:call-template name="note-tail"/>
          </p>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- Paragraphs of a note: no paragraph number; the last one carries the
       responsibility and the back-link. -->
  <xsl:template match="tei:note//tei:p | tei:note//tei:ab" priority="1">
    <p>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
      <xsl:if test="parent::tei:note and not(following-sibling::*)">
        <xsl:for-each select="parent::tei:note">
          <xsl:call-template name="note-tail"/>
        </xsl:for-each>
      </xsl:if>
    </p>
  </xsl:template>

  <!-- " — Author Name ↩" (context: the note); no back-link for an uncalled note -->
  <xsl:template name="note-tail">
    <xsl:param name="backlink" select="true()"/>
    <xsl:variable name="id"><xsl:call-template name="note-id"/></xsl:variable>
    <xsl:variable name="role"><xsl:call-template name="note-role"/></xsl:variable>
    <xsl:if test="$role != ''">
      <xsl:text> </xsl:text>
      <span class="note-resp note-by-{$role}">
        <xsl:text>— </xsl:text>
        <xsl:call-template name="resp-names">
          <xsl:with-param name="tokens" select="normalize-space(@resp)"/>
        </xsl:call-template>
      </span>
    </xsl:if>
    <xsl:if test="$backlink and not(parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back)">
      <xsl:text> </xsl:text>
      <a class="backlink" role="doc-backlink" href="#ref-{$id}">
        <xsl:attribute name="aria-label">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'back-to-text'"/>
          </xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="note-label"/>
        </xsl:attribute>
        <xsl:text>↩</xsl:text>
      </a>
    </xsl:if>
  </xsl:template>

  <!-- @xml:id; else note-{@n} (the editor's: ednote-{@n}); else (a note
       with neither) its position. -->
  <xsl:template name="note-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="@type = 'editorial'">ednote-</xsl:when>
          <xsl:otherwise>note-</xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="note-label"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The note's @n. Only a note without @n is counted among the listed
       notes of its kind (slow, but the contract always gives @n): the
       author's notes 1, 2, 3, the editor's a, b, c. -->
  <xsl:template name="note-label">
    <xsl:choose>
      <xsl:when test="normalize-space(@n) != ''"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
      <xsl:when test="@type = 'editorial'">
        <xsl:number format="a" value="count(preceding::tei:note[ancestor::tei:text][@type = 'editorial']) + 1"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="count(preceding::tei:note[ancestor::tei:text][not(@type = 'editorial' or @type = 'headnote' or @type = 'source'
                                    or (@type = 'insertion' and @place = 'inline'))]) + 1"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Responsibility: @resp="#LS" points to a respStmt (or author, editor,
       person…) in the header. The role of the first resolved pointer gives
       the class: author, editor, translator or other; '' when nothing
       resolves. -->
  <xsl:template name="note-role">
    <xsl:call-template name="resp-role">
      <xsl:with-param name="tokens" select="normalize-space(@resp)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="resp-role">
    <xsl:param name="tokens"/>
    <xsl:if test="$tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:variable name="target" select="key('xml-id', substring-after($token, '#'))[starts-with($token, '#')]"/>
      <xsl:choose>
        <xsl:when test="$target">
          <xsl:apply-templates select="$target[1]" mode="resp-role"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="resp-role">
            <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- The names of all resolved pointers, joined by ", ". -->
  <xsl:template name="resp-names">
    <xsl:param name="tokens"/>
    <xsl:param name="first" select="true()"/>
    <xsl:if test="$tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:variable name="target" select="key('xml-id', substring-after($token, '#'))[starts-with($token, '#')]"/>
      <xsl:if test="$target">
        <xsl:if test="not($first)">, </xsl:if>
        <xsl:apply-templates select="$target[1]" mode="resp-name"/>
      </xsl:if>
      <xsl:call-template name="resp-names">
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
        <xsl:with-param name="first" select="$first and not($target)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:respStmt" mode="resp-name">
    <xsl:choose>
      <xsl:when test="tei:persName | tei:name | tei:orgName">
        <xsl:value-of select="normalize-space((tei:persName | tei:name | tei:orgName)[1])"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(tei:resp)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:person | tei:org" mode="resp-name">
    <xsl:value-of select="normalize-space((tei:persName | tei:orgName | tei:name)[1])"/>
  </xsl:template>

  <xsl:template match="*" mode="resp-name">
    <xsl:value-of select="normalize-space(.)"/>
  </xsl:template>

  <xsl:template match="tei:author" mode="resp-role">author</xsl:template>

  <xsl:template match="tei:editor" mode="resp-role">
    <xsl:choose>
      <xsl:when test="@role = 'translator'">translator</xsl:when>
      <xsl:otherwise>editor</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A respStmt, person or name is the author's when its name is that of
       an author in titleStmt, the editor's when it is an editor's (or it
       sits in editionStmt), a translator's when its resp says so. -->
  <xsl:template match="*" mode="resp-role">
    <xsl:variable name="name">
      <xsl:apply-templates select="." mode="resp-name"/>
    </xsl:variable>
    <xsl:variable name="resp">
      <xsl:call-template name="lower-case">
        <xsl:with-param name="s" select="normalize-space(tei:resp)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$name != '' and $titleStmt/tei:author[normalize-space(.) = $name]">author</xsl:when>
      <xsl:when test="contains($resp, 'transl') or contains($resp, 'перев')">translator</xsl:when>
      <xsl:when test="ancestor::tei:editionStmt
                      or ($name != '' and $titleStmt/tei:editor[normalize-space(.) = $name])
                      or ($name != '' and $header/tei:fileDesc/tei:editionStmt/tei:respStmt/*[normalize-space(.) = $name])
                      or contains($resp, 'edit') or contains($resp, 'редак')">editor</xsl:when>
      <xsl:otherwise>other</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- 4. Modes                                                          -->
  <!-- ================================================================ -->

  <!-- mode citation: sourceDesc/bibl as a reference.
       Author, Title, trans. X, Place: Publisher, Date. URL. Note -->
  <xsl:template match="tei:bibl" mode="citation">
    <xsl:choose>
      <xsl:when test="tei:title">
        <span class="citation">
          <xsl:call-template name="lang-attr"/>
          <xsl:for-each select="tei:author | tei:title | tei:editor | tei:edition | tei:pubPlace
                                | tei:publisher | tei:date | tei:biblScope | tei:idno">
            <xsl:if test="position() > 1">
              <xsl:choose>
                <xsl:when test="self::tei:publisher and preceding-sibling::*[1][self::tei:pubPlace]">: </xsl:when>
                <xsl:otherwise>, </xsl:otherwise>
              </xsl:choose>
            </xsl:if>
            <xsl:apply-templates select="." mode="citation"/>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
          <xsl:for-each select="tei:ref[@target] | tei:ptr[@target]">
            <xsl:text> </xsl:text>
            <xsl:apply-templates select="."/>
            <xsl:text>.</xsl:text>
          </xsl:for-each>
        </span>
        <xsl:for-each select="tei:note">
          <xsl:text> </xsl:text>
          <span class="citation-note">
            <xsl:call-template name="lang-attr"/>
            <xsl:apply-templates select="node()[not(self::tei:p)] | tei:p/node()"/>
          </span>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <span class="citation">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates mode="citation"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Monographs, journals, series: italic <cite>. Articles, chapters and
       unpublished items: in quotation marks of the page language. -->
  <xsl:template match="tei:title" mode="citation">
    <xsl:choose>
      <xsl:when test="@level = 'a' or @level = 'u'">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'quote-open'"/>
        </xsl:call-template>
        <span class="title title-{@level}">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </span>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'quote-close'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="."/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:editor" mode="citation">
    <xsl:call-template name="label">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="@role = 'translator'">translated-by</xsl:when>
          <xsl:otherwise>ed.</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Inline: a note's paragraphs lose their <p> inside the citation. -->
  <xsl:template match="tei:note" mode="citation">
    <span class="citation-note">
      <xsl:apply-templates select="node()[not(self::tei:p)] | tei:p/node()"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:p" mode="citation">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- The archival reference: "GARF, f. 1, op. 2, d. 3, l. 10–12" from
       msIdentifier (settlement, institution, repository, collection, idno
       by @type: fond, opis, delo; other idnos as they are) and the first
       locus of msContents (@from and @to, else its text). -->
  <xsl:template match="tei:msDesc" mode="citation">
    <span class="shelfmark">
      <xsl:for-each select="tei:msIdentifier/*[normalize-space(.) != ''][not(self::tei:altIdentifier or self::tei:msName)]
                            | (tei:msContents//tei:locus)[normalize-space(.) != '' or @from][1]">
        <xsl:if test="position() > 1">, </xsl:if>
        <xsl:apply-templates select="." mode="shelfmark"/>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template match="tei:idno[@type = 'fond' or @type = 'opis' or @type = 'delo']" mode="shelfmark">
    <xsl:call-template name="label">
      <xsl:with-param name="key" select="concat('idno-', @type)"/>
    </xsl:call-template>
    <xsl:value-of select="concat('&#160;', normalize-space(.))"/>
  </xsl:template>

  <xsl:template match="tei:locus[@from]" mode="shelfmark">
    <xsl:call-template name="label">
      <xsl:with-param name="key" select="'folio'"/>
    </xsl:call-template>
    <xsl:value-of select="concat('&#160;', normalize-space(@from))"/>
    <xsl:if test="normalize-space(@to) != '' and normalize-space(@to) != normalize-space(@from)">
      <xsl:value-of select="concat('–', normalize-space(@to))"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="shelfmark">
    <xsl:value-of select="normalize-space(.)"/>
  </xsl:template>

  <xsl:template match="*" mode="citation">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- mode plain: text only, for <title>, the table of contents and title
       attributes. Notes vanish; choice shows its reading text. -->
  <xsl:template match="tei:note" mode="plain"/>

  <xsl:template match="tei:choice" mode="plain">
    <xsl:apply-templates mode="plain"
        select="(tei:corr | tei:reg | tei:expan | *[not(../tei:corr | ../tei:reg | ../tei:expan)])[1]"/>
  </xsl:template>

  <xsl:template match="tei:lb" mode="plain">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:gap" mode="plain">
    <xsl:text>[…]</xsl:text>
  </xsl:template>

  <!-- mode toc: headed divisions, nested; headless ones are skipped but
       their headed children kept. -->
  <xsl:template match="tei:div" mode="toc">
    <xsl:choose>
      <xsl:when test="tei:head">
        <li>
          <a>
            <xsl:attribute name="href">
              <xsl:text>#</xsl:text>
              <xsl:call-template name="div-id"/>
            </xsl:attribute>
            <xsl:for-each select="tei:head[1]">
              <xsl:call-template name="lang-attr"/>
              <xsl:if test="@type = 'supplied'">[</xsl:if>
              <xsl:apply-templates mode="plain"/>
              <xsl:if test="@type = 'supplied'">]</xsl:if>
            </xsl:for-each>
          </a>
          <!-- (tei:div//tei:head[parent::tei:div], without merging the
               descendants of every child div: quadratic in libxml2) -->
          <xsl:if test="tei:div[descendant-or-self::tei:div[tei:head]]">
            <ol>
              <xsl:apply-templates select="tei:div" mode="toc"/>
            </ol>
          </xsl:if>
        </li>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="tei:div" mode="toc"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Helpers                                                           -->
  <!-- ================================================================ -->

  <!-- " rend-italic rend-spaced" from @rend="italic spaced" -->
  <xsl:template name="rend-classes">
    <xsl:param name="tokens" select="normalize-space(@rend)"/>
    <xsl:if test="$tokens != ''">
      <xsl:value-of select="concat(' rend-', substring-before(concat($tokens, ' '), ' '))"/>
      <xsl:call-template name="rend-classes">
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
