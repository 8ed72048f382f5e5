<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML, document pages: names and dates (TEI namesdates and core)
  (part of document.xsl): persName linked to the register, other names,
  dates as <time>.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

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

  <!-- A place of settingDesc/listPlace or an organisation of
       particDesc/listOrg named in the text: a link to its entry in the
       register (places-href, orgs-href: places.html#id,
       organisations.html#id), titled with its regular name in the page
       language; the register links back to the paragraph (note, heading)
       that holds it. Without the register, or in a link: as other names. -->
  <xsl:template match="tei:placeName | tei:orgName">
    <xsl:variable name="first" select="substring-before(concat(normalize-space(@ref), ' '), ' ')"/>
    <xsl:variable name="id" select="substring-after($first, '#')"/>
    <xsl:variable name="entry"
        select="(key('place', $id)[current()/self::tei:placeName] | key('org', $id)[current()/self::tei:orgName])
                [starts-with($first, '#')][1]"/>
    <xsl:variable name="register">
      <xsl:choose>
        <xsl:when test="self::tei:placeName"><xsl:value-of select="normalize-space($places-href)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="normalize-space($orgs-href)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$entry and $register != '' and (ancestor::tei:text or ancestor::tei:correspDesc)
                      and not(ancestor::tei:ref)">
        <a class="{local-name($entry)}" href="{concat($register, '#', $id)}">
          <xsl:attribute name="title">
            <xsl:for-each select="$entry">
              <xsl:call-template name="entity-title"/>
            </xsl:for-each>
          </xsl:attribute>
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="name-like"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Context: a place or organisation. Its regular name in the page
       language, else any regular name, else its first name. -->
  <xsl:template name="entity-title">
    <xsl:variable name="names" select="(tei:placeName | tei:orgName)[normalize-space(.) != '']"/>
    <xsl:variable name="regs" select="$names[@type = 'reg']"/>
    <xsl:variable name="in-page" select="$regs[translate(substring-before(concat(normalize-space(@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = string($page-primary)]"/>
    <xsl:value-of select="normalize-space(($in-page | $regs[not($in-page)] | $names[not($regs)])[1])"/>
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

</xsl:stylesheet>
