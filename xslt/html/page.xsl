<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML, document pages: the page furniture around the text (part of
  document.xsl, which declares the parameters and the variables used here).

    /, tei:TEI ........... the page: head, site header, the article, the cite
                           dialog, the footer
    site-header .......... edition title, register and chronology links, search
    document-header ...... title, subtitle, author, the description list (rows
                           from header.xsl), downloads, "Cite this document"
    cite-this, cite-dialog the citation of the document and the dialog editio.js
                           opens to cite a paragraph
    table-of-contents .... headed divisions (mode toc)
    reading-switch ....... corrected / as in the source (see "Readings" in
                           document.xsl)
    endnotes ............. the author's and the editor's notes (notes.xsl
                           renders each in mode endnote)
    persons-section ...... persons of particDesc, linked to the register
    site-footer .......... licence, publisher and date
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

  <!-- The reading the page opens with where the text has two (see
       "Readings" in document.xsl): 'corrected' (default), the edition's
       corrections and regularizations; 'source', as in the source. -->
  <xsl:param name="reading-default" select="'corrected'"/>

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
        <xsl:call-template name="witness-style"/>
      </head>
      <body class="document-page">
        <xsl:call-template name="skip-link"/>
        <xsl:call-template name="site-header"/>
        <main id="main">
          <article class="document">
            <xsl:call-template name="document-header"/>
            <xsl:call-template name="table-of-contents"/>
            <xsl:call-template name="reading-switch"/>
            <xsl:call-template name="witness-switch"/>
            <xsl:apply-templates select="tei:text"/>
            <xsl:call-template name="apparatus-section"/>
            <xsl:call-template name="endnotes"/>
            <xsl:call-template name="persons-section"/>
            <xsl:call-template name="synopsis-section"/>
          </article>
          <xsl:call-template name="cite-dialog"/>
        </main>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

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
        <xsl:if test="normalize-space($places-href) != ''">
          <xsl:text> </xsl:text>
          <a class="register-nav-link places-nav-link" href="{normalize-space($places-href)}">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'register-places'"/>
            </xsl:call-template>
          </a>
        </xsl:if>
        <xsl:if test="normalize-space($orgs-href) != ''">
          <xsl:text> </xsl:text>
          <a class="register-nav-link orgs-nav-link" href="{normalize-space($orgs-href)}">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'register-orgs'"/>
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
                    [not(self::tei:bibl[@type = 'firstPublication'])][not(self::tei:listWit)]"/>
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
        <xsl:call-template name="witnesses-meta"/>
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

  <!-- "Cite this document": the citation of the document in the edition,
     as spans that editio.js reads to cite a paragraph (base + ", ¶ N" +
     separator + permalink + end):
       <section id="cite-this"><h2>Cite this document</h2><p class="cite-document">
         <span class="cite-base">Author, “Title”, in Edition, ed. by Editors, 2026</span><span
         class="cite-sep">, </span><span class="cite-url">doc.html</span><span class="cite-end">.</span></p></section>
     Russian: "Автор. Заглавие // Издание / под ред. Редакторы. 2026. URL: https://…/doc.html".
     The address: base-url + {TEI/@xml:id}.html when the base-url parameter
     is given (the canonical link); else publicationStmt/idno[@type='URL']
     (or 'URI', or ptr/@target) as is when it names a page (.html), else as
     the base of {TEI/@xml:id}.html. Without any of them the citation gives
     no address (no cite-sep, no cite-url): a bare file name ("doc.html") is
     no address a reader can follow from where the citation is pasted, and
     the citation already names the title and the edition. -->
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
    <xsl:variable name="tei-base"
        select="normalize-space(($pub/tei:idno[@type = 'URI' or @type = 'uri' or @type = 'URL' or @type = 'url'][normalize-space(.) != '']
                                 | $pub/tei:ptr[normalize-space(@target) != '']/@target)[1])"/>
    <xsl:variable name="base">
      <xsl:choose>
        <xsl:when test="normalize-space($base-url) != ''"><xsl:value-of select="normalize-space($base-url)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$tei-base"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="url">
      <xsl:choose>
        <xsl:when test="$base = ''"/>
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
          id="reading-corrected" value="corrected">
        <xsl:if test="$reading-default != 'source'">
          <xsl:attribute name="checked">checked</xsl:attribute>
        </xsl:if>
      </input>
      <input class="reading-input visually-hidden" type="radio" name="reading"
          id="reading-source" value="source">
        <xsl:if test="$reading-default = 'source'">
          <xsl:attribute name="checked">checked</xsl:attribute>
        </xsl:if>
      </input>
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
              <xsl:if test="@type = 'supplied'"><xsl:value-of select="$supplied-open"/></xsl:if>
              <xsl:apply-templates mode="plain"/>
              <xsl:if test="@type = 'supplied'"><xsl:value-of select="$supplied-close"/></xsl:if>
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

</xsl:stylesheet>
