<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML: the edition index (namespace urn:x-editio) -> index.html.

  Plain XSLT 1.0 without extension functions; deterministic output.

  Parameters:
    css   stylesheet href   default 'editio.css'

  Input (written by the C++ side):
    <edition xmlns="urn:x-editio" lang="en">
      <title/> <subtitle/>? <editor/>* <publisher/>? <date when="…"/>? <licence target="…"/>?
      <introduction> <p/>+ </introduction>?
      <document id="…" html="…"? tei="…"? pdf="…"? lang="…" language="…"? kind="…"?>
        <title/> <author/>* <date when|from|to|notBefore|notAfter="…"/>? <description/>?
        <source/>?   (the TEI's source description, for the print book's list of sources; not shown here)
      </document>*
      <persons> <person …/>* </persons>?   (see register.xsl)
      <places count="N"/>? <orgs count="N"/>?   (the registers of places and organisations)
      <chronology> <dated …/>* </chronology>?   (see chronology.xsl)
    </edition>
  Language names come from the table in common.xsl (in the interface
  language); @language is used for codes the table lacks.
  Introduction paragraphs and descriptions may hold <em>, <i>, <strong>,
  <b>, <cite>, <q>, <br/> and <a href="…"> in the same namespace.
  Ids written: main, introduction-title, documents-title, registers-title,
  doc-{@id}. With <persons>, a link to register.html; with <places> or <orgs>
  of a count above 0, to places.html or organisations.html; with <chronology>, a
  link to chronology.html.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:e="urn:x-editio"
    exclude-result-prefixes="e">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="yes"/>

  <xsl:strip-space elements="e:edition e:introduction e:document"/>

  <xsl:param name="css" select="'editio.css'"/>

  <xsl:variable name="page-lang">
    <xsl:choose>
      <xsl:when test="normalize-space(/e:edition/@lang) != ''">
        <xsl:value-of select="normalize-space(/e:edition/@lang)"/>
      </xsl:when>
      <xsl:otherwise>und</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <xsl:apply-templates select="e:edition"/>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- The page                                                          -->
  <!-- ================================================================ -->

  <xsl:template match="e:edition">
    <html lang="{$page-lang}">
      <head>
        <xsl:call-template name="head-common">
          <xsl:with-param name="css" select="$css"/>
        </xsl:call-template>
        <title><xsl:value-of select="normalize-space(e:title)"/></title>
      </head>
      <body class="index-page">
        <xsl:call-template name="skip-link"/>
        <header class="site-header edition-header">
          <h1 class="edition-title"><xsl:apply-templates select="e:title/node()"/></h1>
          <xsl:for-each select="e:subtitle">
            <p class="edition-subtitle"><xsl:apply-templates/></p>
          </xsl:for-each>
          <xsl:if test="e:editor">
            <p class="edition-editors">
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'edited-by'"/>
              </xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:for-each select="e:editor">
                <xsl:if test="position() > 1">, </xsl:if>
                <xsl:apply-templates/>
              </xsl:for-each>
            </p>
          </xsl:if>
          <xsl:if test="e:persons or e:places[@count > 0] or e:orgs[@count > 0] or e:chronology
                        or normalize-space(@pdf) != ''">
            <nav class="edition-nav">
              <xsl:attribute name="aria-label">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'registers'"/>
                </xsl:call-template>
              </xsl:attribute>
              <xsl:if test="e:persons">
                <a href="register.html">
                  <xsl:call-template name="label">
                    <xsl:with-param name="key" select="'register'"/>
                  </xsl:call-template>
                </a>
              </xsl:if>
              <xsl:for-each select="e:places[@count > 0] | e:orgs[@count > 0]">
                <xsl:if test="../e:persons or position() > 1">
                  <xsl:text> · </xsl:text>
                </xsl:if>
                <a>
                  <xsl:attribute name="href">
                    <xsl:call-template name="entity-register-page"/>
                  </xsl:attribute>
                  <xsl:call-template name="label">
                    <xsl:with-param name="key" select="concat('register-', local-name())"/>
                  </xsl:call-template>
                </a>
              </xsl:for-each>
              <xsl:if test="(e:persons or e:places[@count > 0] or e:orgs[@count > 0]) and e:chronology">
                <xsl:text> · </xsl:text>
              </xsl:if>
              <xsl:if test="e:chronology">
                <a href="chronology.html">
                  <xsl:call-template name="label">
                    <xsl:with-param name="key" select="'chronology'"/>
                  </xsl:call-template>
                </a>
              </xsl:if>
            </nav>
          </xsl:if>
          <xsl:call-template name="search-form"/>
        </header>
        <main id="main">
          <xsl:apply-templates select="e:introduction[normalize-space(.) != '']"/>
          <xsl:call-template name="documents"/>
          <xsl:call-template name="letters"/>
          <xsl:call-template name="registers"/>
        </main>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="e:introduction">
    <section class="introduction" aria-labelledby="introduction-title">
      <h2 id="introduction-title">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'introduction'"/>
        </xsl:call-template>
      </h2>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template name="documents">
    <section class="documents" aria-labelledby="documents-title">
      <h2 id="documents-title">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'documents'"/>
        </xsl:call-template>
      </h2>
      <xsl:if test="e:document">
        <ol class="document-list">
          <xsl:apply-templates select="e:document"/>
        </ol>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- The letters (each e:document/e:letters/e:letter, from the correspDesc
       of its TEI), listed by correspondent (each sender and addressee once,
       by name, with the letters they sent or received) and by year (of the
       sending date; an undated letter is listed by correspondent only).
       Links go to the letter's text in its document's page. -->
  <xsl:key name="letters-by-name" match="e:letter/e:sender | e:letter/e:addressee" use="normalize-space(.)"/>
  <xsl:key name="letters-by-year" match="e:letter[@year]" use="@year"/>

  <xsl:template name="letters">
    <xsl:variable name="letters" select="e:document/e:letters/e:letter"/>
    <xsl:if test="$letters">
      <section class="letters" aria-labelledby="letters-title">
        <h2 id="letters-title">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'letters'"/>
          </xsl:call-template>
        </h2>
        <h3 id="letters-by-correspondent">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'letters-by-correspondent'"/>
          </xsl:call-template>
        </h3>
        <ul class="letter-groups">
          <xsl:for-each select="$letters/e:sender[generate-id() = generate-id(key('letters-by-name', normalize-space(.))[1])]
                                | $letters/e:addressee[generate-id() = generate-id(key('letters-by-name', normalize-space(.))[1])]">
            <xsl:sort select="normalize-space(.)"/>
            <li class="letter-group">
              <span class="correspondent"><xsl:value-of select="normalize-space(.)"/></span>
              <ul class="letter-list">
                <xsl:for-each select="key('letters-by-name', normalize-space(.))/..">
                  <xsl:apply-templates select="." mode="letter-entry"/>
                </xsl:for-each>
              </ul>
            </li>
          </xsl:for-each>
        </ul>
        <xsl:if test="$letters[@year]">
          <h3 id="letters-by-year">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'letters-by-year'"/>
            </xsl:call-template>
          </h3>
          <ul class="letter-groups">
            <xsl:for-each select="$letters[@year][generate-id() = generate-id(key('letters-by-year', @year)[1])]">
              <xsl:sort select="@year" data-type="number"/>
              <li class="letter-group">
                <span class="letter-year"><xsl:value-of select="@year"/></span>
                <ul class="letter-list">
                  <xsl:apply-templates select="key('letters-by-year', @year)" mode="letter-entry"/>
                </ul>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- One letter: "Sender → Addressee, place, date", linked to its text,
       and the document it is in. -->
  <xsl:template match="e:letter" mode="letter-entry">
    <xsl:variable name="doc" select="ancestor::e:document"/>
    <xsl:variable name="what">
      <xsl:for-each select="e:sender">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:value-of select="normalize-space(.)"/>
      </xsl:for-each>
      <xsl:for-each select="e:addressee">
        <xsl:choose>
          <xsl:when test="position() = 1"> → </xsl:when>
          <xsl:otherwise>, </xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="normalize-space(.)"/>
      </xsl:for-each>
      <xsl:for-each select="e:place | e:date">
        <xsl:text>, </xsl:text>
        <xsl:value-of select="normalize-space(.)"/>
      </xsl:for-each>
    </xsl:variable>
    <li class="letter-entry">
      <xsl:choose>
        <xsl:when test="normalize-space($doc/@html) != ''">
          <a href="{normalize-space($doc/@html)}{translate(normalize-space(@corresp), ' ', '')}">
            <xsl:value-of select="$what"/>
          </a>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$what"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text> (</xsl:text>
      <cite class="letter-document"><xsl:value-of select="normalize-space($doc/e:title)"/></cite>
      <xsl:text>)</xsl:text>
    </li>
  </xsl:template>

  <!-- The edition's registers: with a personography, the register of
       persons (register.xsl makes register.html); with dated mentions, the
       chronology (chronology.xsl makes chronology.html); both next to
       index.html. -->
  <xsl:template name="registers">
    <xsl:if test="e:persons or e:places[@count > 0] or e:orgs[@count > 0] or e:chronology
                  or normalize-space(@pdf) != ''">
      <section class="registers" aria-labelledby="registers-title">
        <h2 id="registers-title">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'registers'"/>
          </xsl:call-template>
        </h2>
        <ul class="register-list">
          <xsl:apply-templates select="e:persons[1]" mode="register-link"/>
          <xsl:apply-templates select="e:places[@count > 0][1] | e:orgs[@count > 0][1]" mode="register-link"/>
          <xsl:apply-templates select="e:chronology[1]" mode="register-link"/>
          <xsl:if test="normalize-space(@pdf) != ''">
            <li>
              <a class="register-link book-link" href="{normalize-space(@pdf)}" type="application/pdf">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'book-pdf'"/>
                </xsl:call-template>
              </a>
            </li>
          </xsl:if>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="e:persons" mode="register-link">
    <li>
      <a class="register-link" href="register.html">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'register'"/>
        </xsl:call-template>
      </a>
      <xsl:if test="e:person">
        <xsl:value-of select="concat(' (', count(e:person), ' ')"/>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'persons-count'"/>
        </xsl:call-template>
        <xsl:text>)</xsl:text>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The registers of places and organisations (<places count="N"/>,
       <orgs count="N"/>): places.html, organisations.html, with their counts. -->
  <xsl:template match="e:places | e:orgs" mode="register-link">
    <li>
      <a class="register-link {local-name()}-link">
        <xsl:attribute name="href">
          <xsl:call-template name="entity-register-page"/>
        </xsl:attribute>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="concat('register-', local-name())"/>
        </xsl:call-template>
      </a>
      <xsl:value-of select="concat(' (', @count, ' ')"/>
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="concat(local-name(), '-count')"/>
      </xsl:call-template>
      <xsl:text>)</xsl:text>
    </li>
  </xsl:template>

  <!-- The page of the register the context (<places/>, <orgs/>) summarizes. -->
  <xsl:template name="entity-register-page">
    <xsl:choose>
      <xsl:when test="self::e:places">places.html</xsl:when>
      <xsl:otherwise>organisations.html</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="e:chronology" mode="register-link">
    <!-- @count: the number of dates when the index page is not given them all -->
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="@count"><xsl:value-of select="@count"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="count(e:dated)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <li>
      <a class="register-link chronology-link" href="chronology.html">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'chronology'"/>
        </xsl:call-template>
      </a>
      <xsl:if test="$n > 0">
        <xsl:value-of select="concat(' (', $n, ' ')"/>
        <xsl:call-template name="label">
          <xsl:with-param name="key">
            <xsl:call-template name="plural-key">
              <xsl:with-param name="key" select="'dated-mentions'"/>
              <xsl:with-param name="n" select="$n"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:text>)</xsl:text>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template name="site-footer">
    <xsl:call-template name="edition-footer"/>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- One document                                                      -->
  <!-- ================================================================ -->

  <!--
    <li id="doc-{id}" class="document-entry">
      <h3><a href="{html}" hreflang="{lang}">Title</a></h3>
      <p class="document-byline">Author, 1936</p>
      <dl class="document-facts">Language: English · Type: book chapter</dl>
      <p class="document-description">…</p>
      <ul class="downloads">Download TEI · PDF</ul>
    </li>
  -->
  <xsl:template match="e:document">
    <xsl:variable name="lang" select="normalize-space(@lang)"/>
    <li class="document-entry">
      <xsl:if test="normalize-space(@id) != ''">
        <xsl:attribute name="id"><xsl:value-of select="concat('doc-', normalize-space(@id))"/></xsl:attribute>
      </xsl:if>
      <h3 class="document-title">
        <xsl:if test="$lang != '' and $lang != string($page-lang)">
          <xsl:attribute name="lang"><xsl:value-of select="$lang"/></xsl:attribute>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="normalize-space(@html) != ''">
            <a href="{normalize-space(@html)}">
              <xsl:if test="$lang != ''">
                <xsl:attribute name="hreflang"><xsl:value-of select="$lang"/></xsl:attribute>
              </xsl:if>
              <xsl:apply-templates select="e:title/node()"/>
            </a>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="e:title/node()"/></xsl:otherwise>
        </xsl:choose>
      </h3>
      <xsl:variable name="date"
          select="e:date[normalize-space(.) != '' or @when or @from or @to or @notBefore or @notAfter][1]"/>
      <xsl:if test="e:author or $date">
        <p class="document-byline">
          <xsl:for-each select="e:author">
            <xsl:if test="position() > 1">, </xsl:if>
            <span class="document-author">
              <xsl:if test="$lang != '' and $lang != string($page-lang)">
                <xsl:attribute name="lang"><xsl:value-of select="$lang"/></xsl:attribute>
              </xsl:if>
              <xsl:apply-templates/>
            </span>
          </xsl:for-each>
          <xsl:for-each select="$date">
            <xsl:if test="../e:author">, </xsl:if>
            <xsl:call-template name="date-element"/>
          </xsl:for-each>
        </p>
      </xsl:if>
      <dl class="document-facts">
        <xsl:if test="$lang != ''">
          <div>
            <dt>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'language'"/>
              </xsl:call-template>
            </dt>
            <dd>
              <xsl:variable name="name">
                <xsl:call-template name="language-name">
                  <xsl:with-param name="code" select="$lang"/>
                </xsl:call-template>
              </xsl:variable>
              <xsl:choose>
                <!-- a code the table does not know: the name the C++ side gave -->
                <xsl:when test="$name = $lang and normalize-space(@language) != ''">
                  <xsl:value-of select="normalize-space(@language)"/>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
              </xsl:choose>
            </dd>
          </div>
        </xsl:if>
        <xsl:if test="normalize-space(@kind) != ''">
          <div>
            <dt>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'kind'"/>
              </xsl:call-template>
            </dt>
            <dd><xsl:value-of select="normalize-space(@kind)"/></dd>
          </div>
        </xsl:if>
      </dl>
      <xsl:for-each select="e:description[normalize-space(.) != '']">
        <p class="document-description"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:if test="normalize-space(@tei) != '' or normalize-space(@pdf) != ''">
        <ul class="downloads">
          <xsl:if test="normalize-space(@tei) != ''">
            <li>
              <a class="download-tei" href="{normalize-space(@tei)}" type="application/tei+xml">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'download-tei'"/>
                </xsl:call-template>
                <xsl:call-template name="hidden-title"/>
              </a>
            </li>
          </xsl:if>
          <xsl:if test="normalize-space(@pdf) != ''">
            <li>
              <a class="download-pdf" href="{normalize-space(@pdf)}" type="application/pdf">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'pdf'"/>
                </xsl:call-template>
                <xsl:call-template name="hidden-title"/>
              </a>
            </li>
          </xsl:if>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- Makes "Download TEI" links distinct for screen readers:
       "Download TEI: Title", the title visually hidden. -->
  <xsl:template name="hidden-title">
    <span class="visually-hidden">
      <xsl:text>: </xsl:text>
      <span>
        <xsl:if test="normalize-space(@lang) != '' and normalize-space(@lang) != string($page-lang)">
          <xsl:attribute name="lang"><xsl:value-of select="normalize-space(@lang)"/></xsl:attribute>
        </xsl:if>
        <xsl:value-of select="normalize-space(e:title)"/>
      </span>
    </span>
  </xsl:template>

  <xsl:template match="e:date">
    <xsl:call-template name="date-element"/>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Rich text in introduction and descriptions                        -->
  <!-- ================================================================ -->

  <xsl:template match="e:p">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="e:em | e:i">
    <em><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="e:strong | e:b">
    <strong><xsl:apply-templates/></strong>
  </xsl:template>

  <xsl:template match="e:cite">
    <cite><xsl:apply-templates/></cite>
  </xsl:template>

  <xsl:template match="e:q">
    <q><xsl:apply-templates/></q>
  </xsl:template>

  <xsl:template match="e:br">
    <br/>
  </xsl:template>

  <xsl:template match="e:a">
    <xsl:variable name="href">
      <xsl:call-template name="safe-href">
        <xsl:with-param name="url" select="@href"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$href != ''">
        <a href="{$href}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Anything else: keep its text. -->
  <xsl:template match="*">
    <xsl:apply-templates/>
  </xsl:template>

</xsl:stylesheet>
