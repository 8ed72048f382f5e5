<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML: the chronology, from the edition index (namespace
  urn:x-editio) -> chronology.html, next to index.html.

  Plain XSLT 1.0 without extension functions; deterministic output (no
  generate-id(): years are grouped by comparing nodes with key()[1]).

  Parameters:
    css            stylesheet href                 default 'editio.css'
    index-href     the edition's index page        default 'index.html'
    register-href  the register of persons, linked default 'register.html'
                   when the edition has <persons>

  Input (written by the C++ side, the dated mentions in time order: by the
  first day they cover, then the last):
    <edition xmlns="urn:x-editio" lang="en">
      <title/> … <document id="…" html="…"? lang="…"> <title/> … </document>*
      <persons/>?
      <chronology>
        <dated start="1923-10-15" end="1923-10-15"
               when|from|to|notBefore|notAfter="ISO date" cert="high|medium|low"?
               when-custom|from-custom|to-custom|notBefore-custom|notAfter-custom="…"?
               type="dateline"? (a date inside <dateline>: the document's own date)
               doc="…" target="xml:id of the paragraph, heading or note" n="5|n41"?>
          <text>the date as written</text>
          <context>the words around it</context>?
        </dated>*
      </chronology>?
    </edition>

  A chronology too large for one page (more dates than the build option
  page-entries allows) comes in parts: the overview (chronology.html) has
  <chronology count="N"/> only; each part (chronology-N.html) its dates.
  Both have <parts page="chronology.html" current="0|N"><part n href
  first last count/>*</parts>, first and last the start days of the part's
  first and last date.

  Page: summary, year bar (nav), then per year of the first day covered a
  <section id="y1923"> with an ordered list of the mentions: the normalized
  date (<time datetime>), the form as written, marks for values inferred
  from the context (@cert) and Julian (Old Style) dates, the context with
  the written form as <mark>, and the document with a link to the place
  ({document page}#{target}). A range (a decade, 1930–1932) stands under its
  first year.
  Ids written: main, y{YYYY}, y{YYYY}-title.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:e="urn:x-editio"
    exclude-result-prefixes="e">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="yes"/>

  <xsl:strip-space elements="e:edition e:chronology e:dated e:document"/>

  <xsl:param name="css" select="'editio.css'"/>
  <xsl:param name="index-href" select="'index.html'"/>
  <xsl:param name="register-href" select="'register.html'"/>

  <!-- The dated mentions of a year: the year of their first day. -->
  <xsl:key name="dated-by-year" match="e:chronology/e:dated" use="substring(normalize-space(@start), 1, 4)"/>
  <xsl:key name="dated-by-doc" match="e:chronology/e:dated" use="@doc"/>

  <xsl:key name="document" match="e:edition/e:document" use="@id"/>

  <xsl:variable name="page-lang">
    <xsl:choose>
      <xsl:when test="normalize-space(/e:edition/@lang) != ''">
        <xsl:value-of select="normalize-space(/e:edition/@lang)"/>
      </xsl:when>
      <xsl:otherwise>und</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="page-primary">
    <xsl:call-template name="primary-subtag">
      <xsl:with-param name="tag" select="$page-lang"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- Pages of documents, as in the register: @html when the index gives
       it; {id}.html when no document has @html (an index built without
       HTML, a test fixture); otherwise the document has no page. -->
  <xsl:variable name="html-known" select="boolean(/e:edition/e:document/@html)"/>

  <!-- Mentions placed in time; a year of four digits is needed for the
       sections (the C++ side writes only such). -->
  <xsl:variable name="dated"
      select="/e:edition/e:chronology/e:dated
                [translate(substring(normalize-space(@start), 1, 4), '0123456789', 'dddddddddd') = 'dddd']"/>

  <!-- Letters and digits, for telling a date from part of a longer word. -->
  <xsl:variable name="word-chars"
      select="'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя'"/>

  <xsl:variable name="title-text">
    <xsl:call-template name="label">
      <xsl:with-param name="key" select="'chronology'"/>
    </xsl:call-template>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <xsl:apply-templates select="e:edition"/>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- The page                                                          -->
  <!-- ================================================================ -->

  <xsl:template match="e:edition">
    <!-- the first mention of each year, in time order -->
    <xsl:variable name="years"
        select="$dated[count(. | key('dated-by-year', substring(normalize-space(@start), 1, 4))[1]) = 1]"/>
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
      <body class="chronology-page">
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
          </nav>
          <xsl:call-template name="search-form"/>
        </header>
        <main id="main">
          <header class="chronology-header">
            <h1 class="chronology-title"><xsl:value-of select="$title-text"/></h1>
            <p class="chronology-summary">
              <xsl:call-template name="summary">
                <xsl:with-param name="years" select="$years"/>
              </xsl:call-template>
            </p>
          </header>
          <xsl:call-template name="parts-nav"/>
          <xsl:call-template name="dateline-filter"/>
          <xsl:if test="$years">
            <nav>
              <xsl:attribute name="class">
                <xsl:text>year-bar</xsl:text>
                <xsl:if test="count($years) &lt;= 24"> year-bar-short</xsl:if>
              </xsl:attribute>
              <xsl:attribute name="aria-label">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'years'"/>
                </xsl:call-template>
              </xsl:attribute>
              <ul>
                <xsl:for-each select="$years">
                  <xsl:variable name="year" select="substring(normalize-space(@start), 1, 4)"/>
                  <li><a href="#y{$year}"><xsl:value-of select="number($year)"/></a></li>
                </xsl:for-each>
              </ul>
            </nav>
          </xsl:if>
          <xsl:for-each select="$years">
            <xsl:variable name="year" select="substring(normalize-space(@start), 1, 4)"/>
            <section class="chronology-year" id="y{$year}" aria-labelledby="y{$year}-title">
              <h2 class="year-head" id="y{$year}-title">
                <time datetime="{$year}"><xsl:value-of select="number($year)"/></time>
              </h2>
              <ol class="dated-list">
                <xsl:apply-templates select="key('dated-by-year', $year)"/>
              </ol>
            </section>
          </xsl:for-each>
          <p class="back-to-index">
            <a href="{$index-href}">
              <xsl:text>← </xsl:text>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'edition-index'"/>
              </xsl:call-template>
            </a>
          </p>
        </main>
        <xsl:call-template name="edition-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- "99 dated mentions in 5 documents, 1919–1936" (Russian plurals as
       the number asks). Context: the edition. -->
  <xsl:template name="summary">
    <xsl:param name="years"/>
    <!-- the overview of a chronology in parts has the count, not the dates -->
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="e:chronology/@count"><xsl:value-of select="e:chronology/@count"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="count($dated)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="docs" select="count($dated[count(. | key('dated-by-doc', @doc)[1]) = 1])"/>
    <xsl:value-of select="concat($n, ' ')"/>
    <xsl:call-template name="label">
      <xsl:with-param name="key">
        <xsl:call-template name="plural-key">
          <xsl:with-param name="key" select="'dated-mentions'"/>
          <xsl:with-param name="n" select="$n"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="$docs > 0">
      <xsl:text> </xsl:text>
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="'in'"/>
      </xsl:call-template>
      <xsl:value-of select="concat(' ', $docs, ' ')"/>
      <xsl:call-template name="label">
        <xsl:with-param name="key">
          <xsl:call-template name="plural-key">
            <xsl:with-param name="key" select="'documents-in'"/>
            <xsl:with-param name="n" select="$docs"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$years">
      <!-- from the first year to the year of the last day covered -->
      <xsl:variable name="first" select="substring(normalize-space($years[1]/@start), 1, 4)"/>
      <xsl:variable name="last">
        <xsl:for-each select="$dated">
          <xsl:sort select="substring(normalize-space(@end), 1, 4)" data-type="number" order="descending"/>
          <xsl:if test="position() = 1">
            <xsl:value-of select="substring(normalize-space(@end), 1, 4)"/>
          </xsl:if>
        </xsl:for-each>
      </xsl:variable>
      <xsl:text>, </xsl:text>
      <time datetime="{$first}"><xsl:value-of select="number($first)"/></time>
      <xsl:if test="translate($last, '0123456789', 'dddddddddd') = 'dddd' and number($last) > number($first)">
        <xsl:text>–</xsl:text>
        <time datetime="{$last}"><xsl:value-of select="number($last)"/></time>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- One dated mention                                                 -->
  <!-- ================================================================ -->

  <!--
    <li class="dated">
      <p class="dated-when">
        <time class="dated-date" datetime="1905-01-22">22 January 1905</time>
        <q class="dated-form" lang="ru">9 января</q>
        <span class="dated-flag flag-inferred" title="…">year inferred from context</span>
        <span class="dated-flag flag-julian" title="…">Old Style: 9 January 1905</span>
      </p>
      <p class="dated-context" lang="ru">… <mark>9 января</mark> …</p>
      <p class="dated-source"><cite>Document title</cite>, <a class="locus" href="doc.html#doc-p5">¶ 5</a></p>
    </li>
  -->
  <!-- Letters' own dates (their datelines) and the dates the texts mention,
       apart or together: three radio buttons before the years, and CSS
       (editio.css, .chronology-filter) hides the others; no script. Only when
       the edition has both kinds. -->
  <xsl:template name="dateline-filter">
    <xsl:if test="//e:dated[@type = 'dateline'] and //e:dated[not(@type = 'dateline')]">
      <input type="radio" name="chronology-filter" id="filter-all" class="chronology-filter-input" checked="checked"/>
      <input type="radio" name="chronology-filter" id="filter-letters" class="chronology-filter-input"/>
      <input type="radio" name="chronology-filter" id="filter-mentioned" class="chronology-filter-input"/>
      <p class="chronology-filter">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'show'"/>
        </xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:call-template name="filter-label">
          <xsl:with-param name="id" select="'all'"/>
        </xsl:call-template>
        <xsl:text> · </xsl:text>
        <xsl:call-template name="filter-label">
          <xsl:with-param name="id" select="'letters'"/>
        </xsl:call-template>
        <xsl:text> · </xsl:text>
        <xsl:call-template name="filter-label">
          <xsl:with-param name="id" select="'mentioned'"/>
        </xsl:call-template>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="filter-label">
    <xsl:param name="id"/>
    <label for="filter-{$id}">
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="concat('filter-', $id)"/>
      </xsl:call-template>
    </label>
  </xsl:template>

  <xsl:template match="e:dated">
    <xsl:variable name="doc" select="key('document', @doc)[1]"/>
    <xsl:variable name="doc-lang" select="normalize-space($doc/@lang)"/>
    <xsl:variable name="doc-primary">
      <xsl:call-template name="primary-subtag">
        <xsl:with-param name="tag" select="$doc-lang"/>
      </xsl:call-template>
    </xsl:variable>
    <!-- lang for text quoted from the document, when not the page's -->
    <xsl:variable name="quote-lang">
      <xsl:if test="$doc-primary != '' and $doc-primary != string($page-primary)">
        <xsl:value-of select="$doc-lang"/>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="form" select="normalize-space(e:text)"/>
    <xsl:variable name="context" select="normalize-space(e:context)"/>
    <xsl:variable name="datetime"><xsl:call-template name="date-datetime"/></xsl:variable>
    <xsl:variable name="old-style"><xsl:call-template name="old-style-words"/></xsl:variable>
    <li>
      <xsl:attribute name="class">
        <xsl:text>dated</xsl:text>
        <xsl:if test="@cert"> dated-inferred</xsl:if>
        <xsl:if test="string($old-style) != ''"> dated-julian</xsl:if>
        <xsl:if test="@type = 'dateline'"> dated-dateline</xsl:if>
      </xsl:attribute>
      <p class="dated-when">
        <xsl:variable name="element">
          <xsl:choose>
            <xsl:when test="string($datetime) != ''">time</xsl:when>
            <xsl:otherwise>span</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:element name="{$element}">
          <xsl:attribute name="class">dated-date</xsl:attribute>
          <xsl:if test="string($datetime) != ''">
            <xsl:attribute name="datetime"><xsl:value-of select="$datetime"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="date-words"/>
        </xsl:element>
        <xsl:if test="$form != ''">
          <xsl:text> </xsl:text>
          <span class="dated-form">
            <span class="visually-hidden">
              <xsl:text>(</xsl:text>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'as-written'"/>
              </xsl:call-template>
              <xsl:text>: </xsl:text>
            </span>
            <q>
              <xsl:call-template name="quote-lang-attr">
                <xsl:with-param name="lang" select="string($quote-lang)"/>
              </xsl:call-template>
              <xsl:value-of select="$form"/>
            </q>
            <span class="visually-hidden">)</span>
          </span>
        </xsl:if>
        <xsl:if test="@cert">
          <xsl:text> </xsl:text>
          <span class="dated-flag flag-inferred">
            <xsl:attribute name="title">
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'inferred-explained'"/>
              </xsl:call-template>
              <xsl:if test="normalize-space(@cert) != ''">
                <xsl:text> (</xsl:text>
                <xsl:call-template name="certainty-words"/>
                <xsl:text>)</xsl:text>
              </xsl:if>
              <xsl:text>.</xsl:text>
            </xsl:attribute>
            <xsl:call-template name="label">
              <xsl:with-param name="key">
                <xsl:call-template name="inferred-key">
                  <xsl:with-param name="text" select="$form"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="@type = 'dateline'">
          <xsl:text> </xsl:text>
          <span class="dated-flag flag-dateline">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'letter-date'"/>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="string($old-style) != ''">
          <xsl:text> </xsl:text>
          <span class="dated-flag flag-julian">
            <xsl:attribute name="title">
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'old-style-explained'"/>
              </xsl:call-template>
              <xsl:text>.</xsl:text>
            </xsl:attribute>
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'old-style'"/>
            </xsl:call-template>
            <xsl:value-of select="concat(': ', $old-style)"/>
          </span>
        </xsl:if>
      </p>
      <xsl:if test="$context != ''">
        <p class="dated-context">
          <xsl:call-template name="quote-lang-attr">
            <xsl:with-param name="lang" select="string($quote-lang)"/>
          </xsl:call-template>
          <xsl:choose>
            <xsl:when test="$form != '' and contains($context, $form)">
              <xsl:variable name="at">
                <xsl:call-template name="form-offset">
                  <xsl:with-param name="context" select="$context"/>
                  <xsl:with-param name="form" select="$form"/>
                </xsl:call-template>
              </xsl:variable>
              <xsl:variable name="head" select="substring($context, 1, number($at))"/>
              <xsl:value-of select="$head"/>
              <mark><xsl:value-of select="$form"/></mark>
              <xsl:value-of select="substring($context, number($at) + string-length($form) + 1)"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$context"/></xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:if>
      <p class="dated-source">
        <cite class="dated-doc">
          <xsl:call-template name="quote-lang-attr">
            <xsl:with-param name="lang" select="string($quote-lang)"/>
          </xsl:call-template>
          <xsl:choose>
            <xsl:when test="$doc and normalize-space($doc/e:title) != ''">
              <xsl:value-of select="normalize-space($doc/e:title)"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="@doc"/></xsl:otherwise>
          </xsl:choose>
        </cite>
        <xsl:text>, </xsl:text>
        <xsl:call-template name="locus">
          <xsl:with-param name="href">
            <xsl:choose>
              <xsl:when test="normalize-space($doc/@html) != ''"><xsl:value-of select="normalize-space($doc/@html)"/></xsl:when>
              <xsl:when test="not($html-known)"><xsl:value-of select="concat(@doc, '.html')"/></xsl:when>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </p>
    </li>
  </xsl:template>

  <!-- Where the written form stands in the context: the number of
       characters before its first occurrence that is not part of a longer
       word or number ("1 октября" not inside "21 октября"), else before its
       first occurrence. $context contains $form. -->
  <xsl:template name="form-offset">
    <xsl:param name="context"/>
    <xsl:param name="form"/>
    <xsl:param name="done" select="''"/>
    <xsl:variable name="before" select="substring-before($context, $form)"/>
    <xsl:variable name="after" select="substring-after($context, $form)"/>
    <xsl:variable name="prev" select="substring($before, string-length($before), 1)"/>
    <xsl:variable name="prev-char">
      <xsl:choose>
        <xsl:when test="$before != ''"><xsl:value-of select="$prev"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="substring($done, string-length($done), 1)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="glued"
        select="(translate($prev-char, $word-chars, '') = '' and $prev-char != ''
                 and translate(substring($form, 1, 1), $word-chars, '') = '')
                or (translate(substring($after, 1, 1), $word-chars, '') = '' and $after != ''
                    and translate(substring($form, string-length($form), 1), $word-chars, '') = '')"/>
    <xsl:choose>
      <xsl:when test="$glued and contains($after, $form)">
        <xsl:call-template name="form-offset">
          <xsl:with-param name="context" select="$after"/>
          <xsl:with-param name="form" select="$form"/>
          <xsl:with-param name="done" select="concat($done, $before, $form)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$glued">
        <!-- no free-standing occurrence: the first one -->
        <xsl:value-of select="string-length(substring-before(concat($done, $context), $form))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="string-length(concat($done, $before))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="quote-lang-attr">
    <xsl:param name="lang"/>
    <xsl:if test="$lang != ''">
      <xsl:attribute name="lang"><xsl:value-of select="$lang"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- The place of the mention: a link labelled ¶ 3, note 41, heading or
       item 2 (as in the register) to {page}#{target}; a span when the
       document has no page. Context: the dated mention. -->
  <xsl:template name="locus">
    <xsl:param name="href"/>
    <xsl:variable name="n" select="normalize-space(@n)"/>
    <xsl:variable name="target" select="normalize-space(@target)"/>
    <!-- h, i, p or n from the id scheme {doc}-h1, -i1, -p1, -n1 -->
    <xsl:variable name="kind">
      <xsl:call-template name="locus-kind"/>
    </xsl:variable>
    <xsl:variable name="paragraph" select="$kind = 'paragraph'"/>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="$href != ''">a</xsl:when>
        <xsl:otherwise>span</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">locus</xsl:attribute>
      <xsl:if test="$href != ''">
        <xsl:attribute name="href">
          <xsl:value-of select="$href"/>
          <xsl:if test="$target != ''"><xsl:value-of select="concat('#', $target)"/></xsl:if>
        </xsl:attribute>
        <xsl:if test="$paragraph">
          <xsl:attribute name="aria-label">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'paragraph'"/>
            </xsl:call-template>
            <xsl:value-of select="concat(' ', $n)"/>
          </xsl:attribute>
        </xsl:if>
      </xsl:if>
      <xsl:call-template name="locus-label">
        <xsl:with-param name="kind" select="string($kind)"/>
      </xsl:call-template>
    </xsl:element>
  </xsl:template>

  <!-- Licence and the like: text only. -->
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

  <xsl:template match="e:em | e:i">
    <em><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="*">
    <xsl:apply-templates/>
  </xsl:template>

</xsl:stylesheet>
