<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML: the registers of persons, of places and of organisations,
  from the edition index (namespace urn:x-editio) -> register.html,
  places.html and organisations.html, next to index.html. The input holds
  one list, <persons>, <places> or <orgs>, and the page is that list's;
  the entries of places and organisations are rendered by entities.xsl.

  Plain XSLT 1.0 without extension functions; deterministic output (no
  generate-id(): groups are found by comparing nodes with key()[1]).

  Parameters:
    css          stylesheet href          default 'editio.css'
    index-href   the edition's index page default 'index.html'

  Input (written by the C++ side; the persons in register order):
    <edition xmlns="urn:x-editio" lang="en">
      <title/> … <document id="…" html="…"? lang="…"> <title/> … </document>*
      <persons>
        <person id="…" sort="1" sex="M|F"? birth="…"? death="…"? mentions="N" group="true"?>
          <sort-name>Surname, Forename Patronymic</sort-name>   (edition language)
          <name type="reg|variant|erroneous|pseudonym|signature" lang="…"?>…</name>*
          <idno type="VIAF|Wikidata|GND|…"?>identifier or URL</idno>*
          <note>…</note>?
          <mention doc="…" target="…"? n="3|n41"?>form as in the source</mention>*
        </person>*
      </persons>
    </edition>
  or, for the places (organisations: <orgs> of <org>, without coordinates):
      <places>
        <place id="…" sort="1" type="city"? lat="55.7558"? lon="37.6173"? mentions="N">
          <sort-name>the regular name in the edition's language</sort-name>
          <name type="reg|variant|abbr|former|erroneous" lang="…"?>…</name>*
          <idno type="wikidata|geonames|…"?>…</idno>* <note>…</note>? <mention …/>*
        </place>*
      </places>

  A register too large for one page (more mentions than the build option
  page-entries allows) comes in parts: the overview (register.html) has every
  person without mentions, @part naming the page of the part where they
  begin; each part (register-N.html) the persons with mentions in it
  (@continued="true" when they began in the part before). Both have
  <parts page="register.html" current="0|N"><part n href first last count/>*</parts>.

  Page: letter bar (nav), then per initial letter a <section id="letter-X">
  with one <article id="{person id}"> per person, so register.html#{id}
  reaches the entry. Mentions are grouped by document; several mentions in
  the same paragraph (note, heading) make one link whose title lists the
  forms used there.
  Ids written: main, letter-X, letter-X-title (X: the letter A-Z, else the
  group's number), {person id}.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:e="urn:x-editio"
    exclude-result-prefixes="e">

  <xsl:import href="common.xsl"/>
  <xsl:include href="entities.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="yes"/>

  <xsl:strip-space elements="e:edition e:persons e:person e:places e:place e:orgs e:org e:document"/>

  <xsl:param name="css" select="'editio.css'"/>
  <xsl:param name="index-href" select="'index.html'"/>

  <!-- Initial letter of a person's sort name, for the letter groups:
       upper case, Latin diacritics and Cyrillic yo folded to the base
       letter (as the collation sorts them). The same expression is spelt out
       in the template 'initial' (XSLT 1.0 keys cannot use variables). -->
  <xsl:key name="entry-by-initial" match="e:persons/e:person | e:places/e:place | e:orgs/e:org"
      use="translate(substring(normalize-space(e:sort-name), 1, 1),
           'abcdefghijklmnopqrstuvwxyzàáâãäåāăąçćčďđèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşșťțùúûüūůűųýÿźżžабвгдеёжзийклмнопрстуфхцчшщъыьэюяÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞȘŤȚÙÚÛÜŪŮŰŲÝŸŹŻŽЁ',
           'ABCDEFGHIJKLMNOPQRSTUVWXYZAAAAAAAAACCCDDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSSTTUUUUUUUUYYZZZАБВГДЕЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯAAAAAAAAACCCDDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSSTTUUUUUUUUYYZZZЕ')"/>

  <xsl:key name="document" match="e:edition/e:document" use="@id"/>

  <!-- Mentions of one entry in one document; in one place of it; with one form. -->
  <xsl:key name="mention-by-doc" match="e:mention" use="concat(../@id, ' ', @doc)"/>
  <xsl:key name="mention-by-target" match="e:mention"
      use="concat(../@id, ' ', @doc, ' ', @target)"/>
  <xsl:key name="mention-by-form" match="e:mention"
      use="concat(../@id, ' ', @doc, ' ', @target, ' ', normalize-space(.))"/>

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

  <!-- Pages of documents: @html when the index gives it. An edition index
       without any @html (one built without HTML, or a test fixture) links
       to {id}.html; otherwise a document without @html was not built and
       its mentions are listed without links. -->
  <xsl:variable name="html-known" select="boolean(/e:edition/e:document/@html)"/>

  <!-- Which register this page is: 'persons', 'places' or 'orgs'. -->
  <xsl:variable name="kind">
    <xsl:choose>
      <xsl:when test="/e:edition/e:places">places</xsl:when>
      <xsl:when test="/e:edition/e:orgs">orgs</xsl:when>
      <xsl:otherwise>persons</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="title-text">
    <xsl:call-template name="label">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="$kind = 'persons'">register</xsl:when>
          <xsl:otherwise><xsl:value-of select="concat('register-', $kind)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
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
    <xsl:variable name="entries" select="e:persons/e:person | e:places/e:place | e:orgs/e:org"/>
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
      <body class="register-page register-{$kind}">
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
          </nav>
          <xsl:call-template name="search-form"/>
        </header>
        <main id="main">
          <header class="register-header">
            <h1 class="register-title"><xsl:value-of select="$title-text"/></h1>
            <p class="register-summary">
              <xsl:value-of select="concat(count($entries), ' ')"/>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="concat($kind, '-count')"/>
              </xsl:call-template>
            </p>
          </header>
          <xsl:call-template name="parts-nav"/>
          <!-- The first person of each letter, in register order. A letter the
               initials are folded to is looked up once (the key's node-set is
               copied at each call: comparing every person with its letter's
               first would take time quadratic in the persons); any other
               initial (a digit, another script, none) by Muenchian grouping
               among the few persons that have one. -->
          <xsl:variable name="initials"
              select="key('entry-by-initial', 'A')[1] | key('entry-by-initial', 'B')[1] | key('entry-by-initial', 'C')[1] | key('entry-by-initial', 'D')[1] | key('entry-by-initial', 'E')[1] | key('entry-by-initial', 'F')[1] | key('entry-by-initial', 'G')[1] | key('entry-by-initial', 'H')[1] | key('entry-by-initial', 'I')[1] | key('entry-by-initial', 'J')[1] | key('entry-by-initial', 'K')[1] | key('entry-by-initial', 'L')[1] | key('entry-by-initial', 'M')[1] | key('entry-by-initial', 'N')[1] | key('entry-by-initial', 'O')[1] | key('entry-by-initial', 'P')[1] | key('entry-by-initial', 'Q')[1] | key('entry-by-initial', 'R')[1] | key('entry-by-initial', 'S')[1] | key('entry-by-initial', 'T')[1] | key('entry-by-initial', 'U')[1] | key('entry-by-initial', 'V')[1] | key('entry-by-initial', 'W')[1] | key('entry-by-initial', 'X')[1] | key('entry-by-initial', 'Y')[1] | key('entry-by-initial', 'Z')[1] | key('entry-by-initial', 'А')[1] | key('entry-by-initial', 'Б')[1] | key('entry-by-initial', 'В')[1] | key('entry-by-initial', 'Г')[1] | key('entry-by-initial', 'Д')[1] | key('entry-by-initial', 'Е')[1] | key('entry-by-initial', 'Ж')[1] | key('entry-by-initial', 'З')[1] | key('entry-by-initial', 'И')[1] | key('entry-by-initial', 'Й')[1] | key('entry-by-initial', 'К')[1] | key('entry-by-initial', 'Л')[1] | key('entry-by-initial', 'М')[1] | key('entry-by-initial', 'Н')[1] | key('entry-by-initial', 'О')[1] | key('entry-by-initial', 'П')[1] | key('entry-by-initial', 'Р')[1] | key('entry-by-initial', 'С')[1] | key('entry-by-initial', 'Т')[1] | key('entry-by-initial', 'У')[1] | key('entry-by-initial', 'Ф')[1] | key('entry-by-initial', 'Х')[1] | key('entry-by-initial', 'Ц')[1] | key('entry-by-initial', 'Ч')[1] | key('entry-by-initial', 'Ш')[1] | key('entry-by-initial', 'Щ')[1] | key('entry-by-initial', 'Ъ')[1] | key('entry-by-initial', 'Ы')[1] | key('entry-by-initial', 'Ь')[1] | key('entry-by-initial', 'Э')[1] | key('entry-by-initial', 'Ю')[1] | key('entry-by-initial', 'Я')[1]
                      | $entries[not(translate(substring(normalize-space(e:sort-name), 1, 1),
           'abcdefghijklmnopqrstuvwxyzàáâãäåāăąçćčďđèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşșťțùúûüūůűųýÿźżžабвгдеёжзийклмнопрстуфхцчшщъыьэюяÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞȘŤȚÙÚÛÜŪŮŰŲÝŸŹŻŽЁ',
           'ABCDEFGHIJKLMNOPQRSTUVWXYZAAAAAAAAACCCDDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSSTTUUUUUUUUYYZZZАБВГДЕЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯAAAAAAAAACCCDDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSSTTUUUUUUUUYYZZZЕ') != ''
                                     and contains('ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', translate(substring(normalize-space(e:sort-name), 1, 1),
           'abcdefghijklmnopqrstuvwxyzàáâãäåāăąçćčďđèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşșťțùúûüūůűųýÿźżžабвгдеёжзийклмнопрстуфхцчшщъыьэюяÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞȘŤȚÙÚÛÜŪŮŰŲÝŸŹŻŽЁ',
           'ABCDEFGHIJKLMNOPQRSTUVWXYZAAAAAAAAACCCDDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSSTTUUUUUUUUYYZZZАБВГДЕЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯAAAAAAAAACCCDDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSSTTUUUUUUUUYYZZZЕ')))]
                                [count(. | key('entry-by-initial', translate(substring(normalize-space(e:sort-name), 1, 1),
           'abcdefghijklmnopqrstuvwxyzàáâãäåāăąçćčďđèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşșťțùúûüūůűųýÿźżžабвгдеёжзийклмнопрстуфхцчшщъыьэюяÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞȘŤȚÙÚÛÜŪŮŰŲÝŸŹŻŽЁ',
           'ABCDEFGHIJKLMNOPQRSTUVWXYZAAAAAAAAACCCDDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSSTTUUUUUUUUYYZZZАБВГДЕЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯAAAAAAAAACCCDDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSSTTUUUUUUUUYYZZZЕ'))[1]) = 1]"/>
          <xsl:if test="$initials">
            <nav class="letter-bar">
              <xsl:attribute name="aria-label">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'initial-letters'"/>
                </xsl:call-template>
              </xsl:attribute>
              <ul>
                <xsl:for-each select="$initials">
                  <xsl:variable name="initial"><xsl:call-template name="initial"/></xsl:variable>
                  <xsl:variable name="key">
                    <xsl:call-template name="initial-key">
                      <xsl:with-param name="initial" select="$initial"/>
                    </xsl:call-template>
                  </xsl:variable>
                  <li><a href="#letter-{$key}"><xsl:value-of select="$initial"/></a></li>
                </xsl:for-each>
              </ul>
            </nav>
          </xsl:if>
          <xsl:for-each select="$initials">
            <xsl:variable name="initial"><xsl:call-template name="initial"/></xsl:variable>
            <xsl:variable name="key">
              <xsl:call-template name="initial-key">
                <xsl:with-param name="initial" select="$initial"/>
              </xsl:call-template>
            </xsl:variable>
            <section class="register-letter" id="letter-{$key}" aria-labelledby="letter-{$key}-title">
              <h2 class="letter-head" id="letter-{$key}-title"><xsl:value-of select="$initial"/></h2>
              <xsl:apply-templates select="key('entry-by-initial', $initial)"/>
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

  <!-- The id part of a letter group: the letter itself for A-Z, else the
       group's position (1, 2 …; both loops over the groups go in the same
       order), so that fragments stay ASCII. -->
  <xsl:template name="initial-key">
    <xsl:param name="initial"/>
    <xsl:choose>
      <xsl:when test="string-length($initial) = 1
                      and translate($initial, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = ''">
        <xsl:value-of select="$initial"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="position()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The letter group of the context person (see the key). -->
  <xsl:template name="initial">
    <xsl:value-of select="translate(substring(normalize-space(e:sort-name), 1, 1),
           'abcdefghijklmnopqrstuvwxyzàáâãäåāăąçćčďđèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşșťțùúûüūůűųýÿźżžабвгдеёжзийклмнопрстуфхцчшщъыьэюяÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞȘŤȚÙÚÛÜŪŮŰŲÝŸŹŻŽЁ',
           'ABCDEFGHIJKLMNOPQRSTUVWXYZAAAAAAAAACCCDDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSSTTUUUUUUUUYYZZZАБВГДЕЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯAAAAAAAAACCCDDEEEEEEEEIIIIIILNNNOOOOOOOORRSSSSTTUUUUUUUUYYZZZЕ')"/>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- One person                                                        -->
  <!-- ================================================================ -->

  <!--
    <article class="person-entry" id="{id}">
      <h3 class="person-name">Surname, Forename Patronymic</h3>
      <p class="person-facts"><span lang="ru">other-language name</span> (1878–1953)</p>
      <p class="person-note">…</p>
      <dl class="person-names"> variant, garbled, pseudonym, signature forms </dl>
      <ul class="mentions"> <li>Document title: <a>¶ 3</a>, <a>note 41</a></li> </ul>
         or <p class="not-mentioned">…</p>
    </article>
  -->
  <xsl:template match="e:person">
    <xsl:variable name="other-names"
        select="e:name[@type = 'reg'][normalize-space(.) != '']
                  [translate(substring-before(concat(normalize-space(@lang), '-'), '-'),
                   'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') != string($page-primary)]"/>
    <xsl:variable name="dates">
      <xsl:call-template name="life-dates">
        <xsl:with-param name="birth" select="@birth"/>
        <xsl:with-param name="death" select="@death"/>
      </xsl:call-template>
    </xsl:variable>
    <article id="{@id}">
      <xsl:attribute name="class">
        <xsl:text>person-entry</xsl:text>
        <xsl:if test="@group = 'true'"> person-group</xsl:if>
        <xsl:if test="not(e:mention) and not(@part)"> person-unmentioned</xsl:if>
      </xsl:attribute>
      <h3 class="person-name">
        <xsl:call-template name="sort-name"/>
        <xsl:if test="@continued = 'true'">
          <span class="person-continued">
            <xsl:text> (</xsl:text>
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'continued'"/>
            </xsl:call-template>
            <xsl:text>)</xsl:text>
          </span>
        </xsl:if>
      </h3>
      <xsl:if test="$other-names or string($dates) != '' or @group = 'true'">
        <p class="person-facts">
          <xsl:for-each select="$other-names">
            <xsl:if test="position() > 1"> · </xsl:if>
            <span class="person-name-other">
              <xsl:call-template name="name-lang"/>
              <xsl:value-of select="normalize-space(.)"/>
            </span>
          </xsl:for-each>
          <xsl:if test="string($dates) != ''">
            <xsl:if test="$other-names"><xsl:text> </xsl:text></xsl:if>
            <span class="person-dates">
              <xsl:text>(</xsl:text>
              <xsl:call-template name="dates-markup"/>
              <xsl:text>)</xsl:text>
            </span>
          </xsl:if>
          <xsl:if test="@group = 'true'">
            <xsl:if test="$other-names or string($dates) != ''"><xsl:text> </xsl:text></xsl:if>
            <span class="person-kind">
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'group'"/>
              </xsl:call-template>
            </span>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:for-each select="e:note[normalize-space(.) != '']">
        <p class="person-note"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:call-template name="other-forms"/>
      <xsl:call-template name="entry-mentions"/>
    </article>
  </xsl:template>

  <!-- The mentions of the context entry (person, place, organisation),
       grouped by document; on the overview of a register in parts, a link
       to the part that lists them; else "not mentioned". -->
  <xsl:template name="entry-mentions">
    <xsl:choose>
      <xsl:when test="@part">
        <!-- the overview of a register in parts: the mentions are on the part -->
        <p class="mentions-elsewhere">
          <a href="{@part}#{@id}">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'mentions'"/>
            </xsl:call-template>
            <xsl:value-of select="concat(': ', @mentions)"/>
          </a>
        </p>
      </xsl:when>
      <xsl:when test="e:mention">
        <ul class="mentions">
          <xsl:attribute name="aria-label">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'mentions'"/>
            </xsl:call-template>
          </xsl:attribute>
          <xsl:apply-templates mode="document-group"
              select="e:mention[count(. | key('mention-by-doc', concat(../@id, ' ', @doc))[1]) = 1]"/>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="not-mentioned">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'not-mentioned'"/>
          </xsl:call-template>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The heading form: sort-name, else a regular name, else the id. -->
  <xsl:template name="sort-name">
    <xsl:choose>
      <xsl:when test="normalize-space(e:sort-name) != ''">
        <xsl:value-of select="normalize-space(e:sort-name)"/>
      </xsl:when>
      <xsl:when test="e:name[@type = 'reg'][normalize-space(.) != '']">
        <xsl:for-each select="e:name[@type = 'reg'][normalize-space(.) != ''][1]">
          <span>
            <xsl:call-template name="name-lang"/>
            <xsl:value-of select="normalize-space(.)"/>
          </span>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="@id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- lang on a name written in a language other than the page's. -->
  <xsl:template name="name-lang">
    <xsl:variable name="primary">
      <xsl:call-template name="primary-subtag">
        <xsl:with-param name="tag" select="@lang"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="$primary != '' and $primary != string($page-primary)">
      <xsl:attribute name="lang"><xsl:value-of select="normalize-space(@lang)"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- (1878–1953) with <time> elements; context: the person. -->
  <xsl:template name="dates-markup">
    <xsl:variable name="b" select="normalize-space(@birth)"/>
    <xsl:variable name="d" select="normalize-space(@death)"/>
    <xsl:choose>
      <xsl:when test="$b != '' and $d != ''">
        <xsl:call-template name="year-element">
          <xsl:with-param name="date" select="$b"/>
        </xsl:call-template>
        <xsl:text>–</xsl:text>
        <xsl:call-template name="year-element">
          <xsl:with-param name="date" select="$d"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$b != ''">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'born'"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="year-element">
          <xsl:with-param name="date" select="$b"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$d != ''">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'died'"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="year-element">
          <xsl:with-param name="date" select="$d"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The year of $date, as <time datetime="full date"> when HTML takes it. -->
  <xsl:template name="year-element">
    <xsl:param name="date"/>
    <xsl:variable name="year">
      <xsl:call-template name="year-of">
        <xsl:with-param name="date" select="$date"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="valid">
      <xsl:call-template name="is-html-datetime">
        <xsl:with-param name="value" select="$date"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$valid = 'yes'"><time datetime="{$date}"><xsl:value-of select="$year"/></time></xsl:when>
      <xsl:otherwise><xsl:value-of select="$year"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Variant, abbreviated, former, garbled (erroneous), pseudonym, signature and other forms,
       one row per type in that order; then the authority records (idno). -->
  <xsl:template name="other-forms">
    <xsl:variable name="forms" select="e:name[not(@type = 'reg')][normalize-space(.) != '']"/>
    <xsl:variable name="ids" select="e:idno[normalize-space(.) != '']"/>
    <xsl:if test="$forms or $ids">
      <dl class="person-names">
        <xsl:call-template name="forms-row">
          <xsl:with-param name="names" select="$forms[@type = 'variant']"/>
          <xsl:with-param name="key" select="'names-variant'"/>
        </xsl:call-template>
        <xsl:call-template name="forms-row">
          <xsl:with-param name="names" select="$forms[@type = 'abbr']"/>
          <xsl:with-param name="key" select="'names-abbr'"/>
        </xsl:call-template>
        <xsl:call-template name="forms-row">
          <xsl:with-param name="names" select="$forms[@type = 'former']"/>
          <xsl:with-param name="key" select="'names-former'"/>
        </xsl:call-template>
        <xsl:call-template name="forms-row">
          <xsl:with-param name="names" select="$forms[@type = 'erroneous']"/>
          <xsl:with-param name="key" select="'names-erroneous'"/>
          <xsl:with-param name="mark" select="'name-erroneous'"/>
        </xsl:call-template>
        <xsl:call-template name="forms-row">
          <xsl:with-param name="names" select="$forms[@type = 'pseudonym']"/>
          <xsl:with-param name="key" select="'names-pseudonym'"/>
        </xsl:call-template>
        <xsl:call-template name="forms-row">
          <xsl:with-param name="names" select="$forms[@type = 'signature']"/>
          <xsl:with-param name="key" select="'names-signature'"/>
        </xsl:call-template>
        <xsl:call-template name="forms-row">
          <xsl:with-param name="names"
              select="$forms[not(@type = 'variant' or @type = 'abbr' or @type = 'former' or @type = 'erroneous'
                                 or @type = 'pseudonym' or @type = 'signature')]"/>
          <xsl:with-param name="key" select="'names-other'"/>
        </xsl:call-template>
        <xsl:if test="$ids">
          <div class="person-ids">
            <dt>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'authority-files'"/>
              </xsl:call-template>
            </dt>
            <dd>
              <xsl:for-each select="$ids">
                <xsl:if test="position() > 1">, </xsl:if>
                <xsl:call-template name="idno"/>
              </xsl:for-each>
            </dd>
          </div>
        </xsl:if>
      </dl>
    </xsl:if>
  </xsl:template>

  <!-- <idno type="VIAF">…</idno>: a URL is linked as it is; an identifier
       of a known authority file is linked to its record; anything else is
       shown as "type value". -->
  <xsl:template name="idno">
    <xsl:variable name="v" select="normalize-space(.)"/>
    <xsl:variable name="type" select="normalize-space(@type)"/>
    <xsl:variable name="t">
      <xsl:call-template name="lower-case">
        <xsl:with-param name="s" select="$type"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="url">
      <xsl:choose>
        <xsl:when test="starts-with($v, 'https://') or starts-with($v, 'http://')"><xsl:value-of select="$v"/></xsl:when>
        <xsl:when test="$t = 'viaf'"><xsl:value-of select="concat('https://viaf.org/viaf/', $v)"/></xsl:when>
        <xsl:when test="$t = 'wikidata'"><xsl:value-of select="concat('https://www.wikidata.org/wiki/', $v)"/></xsl:when>
        <xsl:when test="$t = 'geonames'"><xsl:value-of select="concat('https://www.geonames.org/', $v)"/></xsl:when>
        <xsl:when test="$t = 'gnd'"><xsl:value-of select="concat('https://d-nb.info/gnd/', $v)"/></xsl:when>
        <xsl:when test="$t = 'isni'"><xsl:value-of select="concat('https://isni.org/isni/', translate($v, ' ', ''))"/></xsl:when>
        <xsl:when test="$t = 'lcnaf' or $t = 'lc'"><xsl:value-of select="concat('https://id.loc.gov/authorities/names/', $v)"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="$type != '' and $v = string($url)"><xsl:value-of select="$type"/></xsl:when>
        <xsl:when test="$type != ''"><xsl:value-of select="concat($type, ' ', $v)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($url) != ''">
        <a class="idno" href="{$url}"><xsl:value-of select="$text"/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="idno"><xsl:value-of select="$text"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="forms-row">
    <xsl:param name="names"/>
    <xsl:param name="key"/>
    <xsl:param name="mark" select="''"/>
    <xsl:if test="$names">
      <div class="names-{substring-after($key, 'names-')}">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="$key"/>
          </xsl:call-template>
        </dt>
        <dd>
          <xsl:for-each select="$names">
            <xsl:if test="position() > 1">, </xsl:if>
            <span>
              <xsl:attribute name="class">
                <xsl:text>name-form</xsl:text>
                <xsl:if test="$mark != ''"><xsl:value-of select="concat(' ', $mark)"/></xsl:if>
              </xsl:attribute>
              <xsl:if test="$mark != ''">
                <xsl:attribute name="title">
                  <xsl:call-template name="label">
                    <xsl:with-param name="key" select="$mark"/>
                  </xsl:call-template>
                </xsl:attribute>
              </xsl:if>
              <xsl:call-template name="name-lang"/>
              <xsl:value-of select="normalize-space(.)"/>
            </span>
          </xsl:for-each>
        </dd>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Mentions                                                          -->
  <!-- ================================================================ -->

  <!-- Context: the first mention of the person in a document.
       <li><cite>Document title</cite>: <a>¶ 1</a>, <a>note 41</a></li> -->
  <xsl:template match="e:mention" mode="document-group">
    <xsl:variable name="doc" select="key('document', @doc)[1]"/>
    <xsl:variable name="doc-lang">
      <xsl:call-template name="primary-subtag">
        <xsl:with-param name="tag" select="$doc/@lang"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="href">
      <xsl:choose>
        <xsl:when test="normalize-space($doc/@html) != ''"><xsl:value-of select="normalize-space($doc/@html)"/></xsl:when>
        <xsl:when test="not($html-known)"><xsl:value-of select="concat(@doc, '.html')"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="here" select="key('mention-by-doc', concat(../@id, ' ', @doc))"/>
    <li class="mention-group">
      <cite class="mention-doc">
        <xsl:if test="$doc-lang != '' and $doc-lang != string($page-primary)">
          <xsl:attribute name="lang"><xsl:value-of select="normalize-space($doc/@lang)"/></xsl:attribute>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$doc and normalize-space($doc/e:title) != ''">
            <xsl:value-of select="normalize-space($doc/e:title)"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="@doc"/></xsl:otherwise>
        </xsl:choose>
      </cite>
      <xsl:text>: </xsl:text>
      <xsl:for-each select="$here[count(. | key('mention-by-target', concat(../@id, ' ', @doc, ' ', @target))[1]) = 1]">
        <xsl:if test="position() > 1">, </xsl:if>
        <xsl:call-template name="locus">
          <xsl:with-param name="href" select="string($href)"/>
        </xsl:call-template>
      </xsl:for-each>
    </li>
  </xsl:template>

  <!-- One place of a document: a link labelled ¶ 3, note 41, heading… whose
       title gives the form(s) the source uses there. Context: the first
       mention of the person at that target. -->
  <xsl:template name="locus">
    <xsl:param name="href"/>
    <xsl:variable name="n" select="normalize-space(@n)"/>
    <xsl:variable name="target" select="normalize-space(@target)"/>
    <!-- h, i, p or n from the id scheme {doc}-h1, -i1, -p1, -n1 -->
    <xsl:variable name="kind">
      <xsl:call-template name="locus-kind"/>
    </xsl:variable>
    <xsl:variable name="label">
      <xsl:call-template name="locus-label">
        <xsl:with-param name="kind" select="string($kind)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="forms">
      <xsl:for-each select="key('mention-by-target', concat(../@id, ' ', @doc, ' ', @target))
          [count(. | key('mention-by-form', concat(../@id, ' ', @doc, ' ', @target, ' ', normalize-space(.)))[1]) = 1]">
        <xsl:if test="position() > 1">; </xsl:if>
        <xsl:value-of select="normalize-space(.)"/>
      </xsl:for-each>
    </xsl:variable>
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
      </xsl:if>
      <xsl:if test="string($forms) != ''">
        <xsl:attribute name="title"><xsl:value-of select="$forms"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$href != '' and $kind = 'paragraph'">
        <xsl:attribute name="aria-label">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'paragraph'"/>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', $n)"/>
        </xsl:attribute>
      </xsl:if>
      <xsl:value-of select="$label"/>
    </xsl:element>
  </xsl:template>

  <!-- Licence and notes: text only. -->
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
