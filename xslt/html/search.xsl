<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML: the search page, from the edition index (namespace
  urn:x-editio) -> search.html, next to index.html.

  Plain XSLT 1.0 without extension functions; deterministic output.

  The page is a frame for search.js, which reads the index the build writes
  beside it (search-index.js, a script: the site works from file://, where a
  page cannot fetch() data) and fills in the results. Without JavaScript the
  page says that search needs it.

  Parameters:
    css            stylesheet href                 default 'editio.css'
    index-href     the edition's index page        default 'index.html'
    register-href  the register of persons, linked default 'register.html'
                   when the edition has <persons>
    chronology-href  the chronology, linked        default 'chronology.html'
                   when the edition has <chronology>
    index-js, search-js   the scripts              default 'search-index.js', 'search.js'

  Input: the edition index (see index.xsl); read here: @lang (the page's
  language), title, licence, publisher, date, document/@lang, persons and
  chronology (for the links).

  DOM contract (search.js and the browser tests rely on it):
    form#search-form > input#search-input (type=search, name=q, labelled)
    p#search-status (role=status, aria-live=polite): counts and messages
    ol#search-results: li.search-hit per passage found, each with
      a.search-hit-link (href {document}.html#{anchor}) and a snippet with
      the matched words in <mark>; the first hit of a document holds its
      heading (h2.search-doc).
    div#search-i18n (hidden): span[@data-key] with the interface labels
      search.js uses (in the edition's language), including lang-{code}:
      the name of each document language.
  Ids written: main, search-form, search-input, search-hint, search-status,
  search-results, search-i18n.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:e="urn:x-editio"
    exclude-result-prefixes="e">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="yes"/>

  <xsl:strip-space elements="e:edition e:document"/>

  <xsl:param name="css" select="'editio.css'"/>
  <xsl:param name="index-href" select="'index.html'"/>
  <xsl:param name="register-href" select="'register.html'"/>
  <xsl:param name="chronology-href" select="'chronology.html'"/>
  <xsl:param name="index-js" select="'search-index.js'"/>
  <xsl:param name="search-js" select="'search.js'"/>

  <xsl:variable name="page-lang">
    <xsl:choose>
      <xsl:when test="normalize-space(/e:edition/@lang) != ''">
        <xsl:value-of select="normalize-space(/e:edition/@lang)"/>
      </xsl:when>
      <xsl:otherwise>und</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="title-text">
    <xsl:call-template name="label">
      <xsl:with-param name="key" select="'search'"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- Labels search.js needs, each as <span data-key="…">. -->
  <xsl:variable name="script-labels"
      select="'|search-empty|search-short|search-no-results|search-no-index|search-shown|search-results-one|search-results-few|search-results-many|in|documents-in-one|documents-in-few|documents-in-many|locus-paragraph|locus-note|locus-heading|locus-item|locus-opening|locus-closing|locus-text|locus-other|paragraph|'"/>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <xsl:apply-templates select="e:edition"/>
  </xsl:template>

  <xsl:template match="e:edition">
    <html lang="{$page-lang}">
      <head>
        <xsl:call-template name="head-common">
          <xsl:with-param name="css" select="$css"/>
        </xsl:call-template>
        <title>
          <xsl:value-of select="$title-text"/>
          <xsl:if test="normalize-space(e:title) != ''">
            <xsl:value-of select="concat(' — ', normalize-space(e:title))"/>
          </xsl:if>
        </title>
      </head>
      <body class="search-page">
        <xsl:call-template name="skip-link"/>
        <header class="site-header">
          <nav class="site-nav">
            <xsl:attribute name="aria-label">
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'edition-index'"/>
              </xsl:call-template>
            </xsl:attribute>
            <a class="edition-link" href="{$index-href}">
              <xsl:choose>
                <xsl:when test="normalize-space(e:title) != ''">
                  <xsl:value-of select="normalize-space(e:title)"/>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="label">
                    <xsl:with-param name="key" select="'edition-index'"/>
                  </xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
            </a>
            <xsl:if test="e:persons and normalize-space($register-href) != ''">
              <xsl:text> </xsl:text>
              <a class="register-nav-link" href="{normalize-space($register-href)}">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'register'"/>
                </xsl:call-template>
              </a>
            </xsl:if>
            <xsl:if test="e:chronology and normalize-space($chronology-href) != ''">
              <xsl:text> </xsl:text>
              <a class="chronology-nav-link" href="{normalize-space($chronology-href)}">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'chronology'"/>
                </xsl:call-template>
              </a>
            </xsl:if>
          </nav>
        </header>
        <main id="main">
          <header class="search-header">
            <h1 class="search-title"><xsl:value-of select="$title-text"/></h1>
          </header>
          <form class="search-form" id="search-form" role="search" action="search.html" method="get">
            <label class="search-label" for="search-input">
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'search-label'"/>
              </xsl:call-template>
            </label>
            <div class="search-field">
              <input class="search-input" type="search" id="search-input" name="q" autocomplete="off"
                     spellcheck="false" aria-describedby="search-hint" aria-controls="search-results"/>
              <button class="search-button" type="submit">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'search-submit'"/>
                </xsl:call-template>
              </button>
            </div>
            <p class="search-hint" id="search-hint">
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'search-hint'"/>
              </xsl:call-template>
            </p>
          </form>
          <noscript>
            <p class="search-noscript">
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'search-noscript'"/>
              </xsl:call-template>
            </p>
          </noscript>
          <p class="search-status" id="search-status" role="status" aria-live="polite"></p>
          <ol class="search-results" id="search-results">
            <xsl:attribute name="aria-label">
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'search-results'"/>
              </xsl:call-template>
            </xsl:attribute>
          </ol>
          <div id="search-i18n" hidden="hidden">
            <xsl:call-template name="script-labels">
              <xsl:with-param name="keys" select="substring($script-labels, 2)"/>
            </xsl:call-template>
            <xsl:for-each select="e:document[normalize-space(@lang) != '']
                [not(normalize-space(@lang) = preceding-sibling::e:document/@lang)]">
              <span data-key="lang-{normalize-space(@lang)}">
                <xsl:call-template name="language-name">
                  <xsl:with-param name="code" select="normalize-space(@lang)"/>
                </xsl:call-template>
              </span>
            </xsl:for-each>
          </div>
        </main>
        <xsl:call-template name="edition-footer"/>
        <script src="{$index-js}"></script>
        <script src="{$search-js}"></script>
      </body>
    </html>
  </xsl:template>

  <!-- "a|b|c|" -> <span data-key="a">label of a</span>… -->
  <xsl:template name="script-labels">
    <xsl:param name="keys"/>
    <xsl:if test="contains($keys, '|')">
      <xsl:variable name="key" select="substring-before($keys, '|')"/>
      <span data-key="{$key}">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="$key"/>
        </xsl:call-template>
      </span>
      <xsl:call-template name="script-labels">
        <xsl:with-param name="keys" select="substring-after($keys, '|')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="e:a[normalize-space(@href) != '']">
    <xsl:variable name="href">
      <xsl:call-template name="safe-href">
        <xsl:with-param name="url" select="@href"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$href != ''"><a href="{$href}"><xsl:apply-templates/></a></xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*">
    <xsl:apply-templates/>
  </xsl:template>

</xsl:stylesheet>
