<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML: shared templates, imported by document.xsl, index.xsl,
  register.xsl, chronology.xsl and search.xsl.

  Plain XSLT 1.0, no extension functions: the stylesheets work the same in
  xsltproc and in-process with libxslt. The one document() call (in
  ../labels.xsl) reads the label table, ../labels.xml.

  Contents
    ui-lang ........... interface language ('ru' or 'en') of the page being made
    label ............. interface labels in en and ru (../labels.xsl, ../labels.xml)
    language-name ..... BCP 47 code -> language name in the interface language
    lang-attr ......... copies @xml:lang to an HTML lang attribute
    date-element ...... <time datetime> or <span class="date"> for TEI and Editio dates
    date-datetime, html-date   the HTML datetime of a date (or '')
    date-words, iso-date-words, date-range-words   a date in words ("15 October 1923")
    old-style-words, date-title, inferred-key, certainty-words   Julian and inferred dates
    plural-key ........ label key of a counted noun (Russian plural forms)
    year-of, life-dates  birth and death years of a person as text
    edition-footer .... footer of the index and register pages (context e:edition)
    search-form ....... the header's search field (a GET form to search.html)
    primary-subtag, lower-case ... string helpers
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:e="urn:x-editio"
    exclude-result-prefixes="tei e">

  <xsl:include href="href.xsl"/>

  <!-- Where the site is published, for every page (the manifest's [html]
       base_url): an absolute URL ending in "/" ("https://example.org/ed/"),
       or '' when not given. With it, each page has <link rel="canonical">
       to base-url + page-file, and a document's citation gives that address.
       page-file: this page's file name in the site ("doc.html",
       "register-2.html"); '' for none (then no canonical link). -->
  <xsl:param name="base-url" select="''"/>
  <xsl:param name="page-file" select="''"/>

  <!-- ================================================================ -->
  <!-- Interface language                                                -->
  <!-- ================================================================ -->

  <!-- Language of the input: TEI/@xml:lang for a document, edition/@lang
       for the edition index. -->
  <xsl:variable name="input-lang"
      select="normalize-space(/tei:TEI/@xml:lang | /e:edition/@lang)"/>

  <!-- Interface labels exist in Russian and English; every other language
       gets English labels. -->
  <xsl:variable name="ui-lang">
    <xsl:variable name="primary">
      <xsl:call-template name="primary-subtag">
        <xsl:with-param name="tag" select="$input-lang"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$primary = 'ru'">ru</xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The interface labels (template "label"): ../labels.xsl, the table
       ../labels.xml, shared with the print route. -->
  <xsl:include href="../labels.xsl"/>

  <!-- Language names for BCP 47 primary subtags, in the interface language.
       An unknown code is shown as the code itself. -->
  <xsl:template name="language-name">
    <xsl:param name="code"/>
    <xsl:param name="lang" select="string($ui-lang)"/>
    <xsl:variable name="ru" select="$lang = 'ru'"/>
    <xsl:variable name="c">
      <xsl:call-template name="primary-subtag">
        <xsl:with-param name="tag" select="$code"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$c = 'en' and $ru">Английский</xsl:when>
      <xsl:when test="$c = 'en'">English</xsl:when>
      <xsl:when test="$c = 'ru' and $ru">Русский</xsl:when>
      <xsl:when test="$c = 'ru'">Russian</xsl:when>
      <xsl:when test="$c = 'uk' and $ru">Украинский</xsl:when>
      <xsl:when test="$c = 'uk'">Ukrainian</xsl:when>
      <xsl:when test="$c = 'be' and $ru">Белорусский</xsl:when>
      <xsl:when test="$c = 'be'">Belarusian</xsl:when>
      <xsl:when test="$c = 'de' and $ru">Немецкий</xsl:when>
      <xsl:when test="$c = 'de'">German</xsl:when>
      <xsl:when test="$c = 'fr' and $ru">Французский</xsl:when>
      <xsl:when test="$c = 'fr'">French</xsl:when>
      <xsl:when test="$c = 'es' and $ru">Испанский</xsl:when>
      <xsl:when test="$c = 'es'">Spanish</xsl:when>
      <xsl:when test="$c = 'it' and $ru">Итальянский</xsl:when>
      <xsl:when test="$c = 'it'">Italian</xsl:when>
      <xsl:when test="$c = 'pl' and $ru">Польский</xsl:when>
      <xsl:when test="$c = 'pl'">Polish</xsl:when>
      <xsl:when test="$c = 'cs' and $ru">Чешский</xsl:when>
      <xsl:when test="$c = 'cs'">Czech</xsl:when>
      <xsl:when test="$c = 'yi' and $ru">Идиш</xsl:when>
      <xsl:when test="$c = 'yi'">Yiddish</xsl:when>
      <xsl:when test="$c = 'la' and $ru">Латинский</xsl:when>
      <xsl:when test="$c = 'la'">Latin</xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Page furniture shared by both pages                               -->
  <!-- ================================================================ -->

  <!-- The <meta> elements, the stylesheet link and the canonical link
       (with base-url) of <head>. The charset is
       declared with http-equiv because libxml2's HTML serializer always
       writes (or updates) exactly that element: a <meta charset> as well
       would be a duplicate declaration. -->
  <xsl:template name="head-common">
    <xsl:param name="css"/>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="color-scheme" content="light dark"/>
    <xsl:if test="normalize-space($css) != ''">
      <link rel="stylesheet" href="{$css}"/>
    </xsl:if>
    <xsl:if test="normalize-space($base-url) != '' and normalize-space($page-file) != ''">
      <link rel="canonical" href="{concat(normalize-space($base-url), normalize-space($page-file))}"/>
    </xsl:if>
  </xsl:template>

  <!-- The search form of the site header (inside header.site-header): a
       GET form to the search page, which runs the query ?q=… on load. -->
  <xsl:template name="search-form">
    <xsl:param name="href" select="'search.html'"/>
    <xsl:if test="normalize-space($href) != ''">
      <form class="site-search" role="search" action="{normalize-space($href)}" method="get">
        <label class="site-search-label" for="site-search-q">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'search-site'"/>
          </xsl:call-template>
        </label>
        <input class="site-search-input" type="search" id="site-search-q" name="q">
          <xsl:attribute name="placeholder">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'search-site'"/>
            </xsl:call-template>
          </xsl:attribute>
        </input>
        <button class="site-search-button" type="submit">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'search-submit'"/>
          </xsl:call-template>
        </button>
      </form>
    </xsl:if>
  </xsl:template>

  <!-- First focusable element of every page. -->
  <xsl:template name="skip-link">
    <a class="skip-link" href="#main">
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="'skip-to-content'"/>
      </xsl:call-template>
    </a>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Attributes                                                        -->
  <!-- ================================================================ -->

  <!-- @xml:lang on the context node -> lang on the HTML element being made. -->
  <xsl:template name="lang-attr">
    <xsl:if test="normalize-space(@xml:lang) != ''">
      <xsl:attribute name="lang">
        <xsl:value-of select="normalize-space(@xml:lang)"/>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Dates                                                             -->
  <!-- Works on TEI <date> and Editio <date>: both use @when, @from, @to, -->
  <!-- @notBefore, @notAfter. The element's content is the display text;  -->
  <!-- an empty element shows its normalized value instead.              -->
  <!-- ================================================================ -->

  <xsl:template name="date-element">
    <xsl:variable name="when" select="normalize-space(@when)"/>
    <xsl:variable name="valid-when">
      <xsl:call-template name="is-html-datetime">
        <xsl:with-param name="value" select="$when"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$valid-when = 'yes'">
        <time datetime="{$when}">
          <xsl:call-template name="lang-attr"/>
          <xsl:call-template name="date-text"/>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <span class="date">
          <xsl:call-template name="lang-attr"/>
          <xsl:if test="$when != ''">
            <xsl:attribute name="data-when"><xsl:value-of select="$when"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="@from">
            <xsl:attribute name="data-from"><xsl:value-of select="@from"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="@to">
            <xsl:attribute name="data-to"><xsl:value-of select="@to"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="@notBefore">
            <xsl:attribute name="data-not-before"><xsl:value-of select="@notBefore"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="@notAfter">
            <xsl:attribute name="data-not-after"><xsl:value-of select="@notAfter"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="date-text"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="date-text">
    <xsl:choose>
      <xsl:when test="normalize-space(.) != '' or *">
        <xsl:apply-templates/>
      </xsl:when>
      <xsl:when test="@when">
        <xsl:value-of select="@when"/>
      </xsl:when>
      <xsl:when test="@from or @to">
        <xsl:value-of select="@from"/>
        <xsl:text>–</xsl:text>
        <xsl:value-of select="@to"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="@notBefore">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'not-before'"/>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', @notBefore)"/>
        </xsl:if>
        <xsl:if test="@notBefore and @notAfter">
          <xsl:text>, </xsl:text>
        </xsl:if>
        <xsl:if test="@notAfter">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'not-after'"/>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', @notAfter)"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 'yes' if $value is a year, year-month, date or local date-time that
       HTML accepts in <time datetime> (TEI allows more, e.g. negative years). -->
  <xsl:template name="is-html-datetime">
    <xsl:param name="value"/>
    <xsl:variable name="shape" select="translate($value, '0123456789', 'dddddddddd')"/>
    <xsl:choose>
      <xsl:when test="$shape = 'dddd' or $shape = 'dddd-dd' or $shape = 'dddd-dd-dd'
                      or $shape = 'dddd-dd-ddTdd:dd' or $shape = 'dddd-dd-ddTdd:dd:dd'">yes</xsl:when>
      <xsl:otherwise>no</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Dated mentions: TEI <date> of the text, Editio <dated>            -->
  <!-- Both carry @when, @from, @to, @notBefore, @notAfter (Gregorian),   -->
  <!-- optionally @cert (part of the value inferred from context) and,    -->
  <!-- for a Julian source, @when-custom, @from-custom, @to-custom,       -->
  <!-- @notBefore-custom, @notAfter-custom (the date as written).         -->
  <!-- ================================================================ -->

  <!-- The value for <time datetime>: @when, else @from, else @notBefore,
       when HTML accepts it (see html-date); '' otherwise. -->
  <xsl:template name="date-datetime">
    <xsl:call-template name="html-date">
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="@when"><xsl:value-of select="@when"/></xsl:when>
          <xsl:when test="@from"><xsl:value-of select="@from"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@notBefore"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- An ISO date as an HTML date value: YYYY, YYYY-MM, YYYY-MM-DD (year
       above 0, a real month and day) or, for a TEI "no year" date
       (- -MM-DD), the yearless MM-DD. '' for anything else ("- - -15",
       "- -04", negative years, times). -->
  <xsl:template name="html-date">
    <xsl:param name="value"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:variable name="shape" select="translate($v, '0123456789', 'dddddddddd')"/>
    <xsl:variable name="ok">
      <xsl:call-template name="date-parts-ok">
        <xsl:with-param name="value" select="$v"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="day">
      <!-- a dateline's date with its time: 1917-04-07T16:00:00 -->
      <xsl:if test="$shape = 'dddd-dd-ddTdd:dd:dd'">
        <xsl:call-template name="html-date">
          <xsl:with-param name="value" select="substring($v, 1, 10)"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="string($day) != ''"><xsl:value-of select="concat($day, substring($v, 11))"/></xsl:if>
    <xsl:if test="$ok = 'yes'">
      <xsl:choose>
        <xsl:when test="$shape = '--dd-dd'"><xsl:value-of select="substring($v, 3)"/></xsl:when>
        <xsl:when test="($shape = 'dddd' or $shape = 'dddd-dd' or $shape = 'dddd-dd-dd')
                        and number(substring($v, 1, 4)) > 0"><xsl:value-of select="$v"/></xsl:when>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- 'yes' when the month (01-12) and day (01 to the month's length) of
       an ISO date are real; 'no' otherwise. A value without them is 'yes'. -->
  <xsl:template name="date-parts-ok">
    <xsl:param name="value"/>
    <xsl:variable name="shape" select="translate($value, '0123456789', 'dddddddddd')"/>
    <xsl:variable name="year">
      <xsl:if test="starts-with($shape, 'dddd')"><xsl:value-of select="substring($value, 1, 4)"/></xsl:if>
    </xsl:variable>
    <xsl:variable name="month">
      <xsl:choose>
        <xsl:when test="$shape = 'dddd-dd' or $shape = 'dddd-dd-dd'"><xsl:value-of select="substring($value, 6, 2)"/></xsl:when>
        <xsl:when test="$shape = '--dd-dd' or $shape = '--dd'"><xsl:value-of select="substring($value, 3, 2)"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="day">
      <xsl:choose>
        <xsl:when test="$shape = 'dddd-dd-dd'"><xsl:value-of select="substring($value, 9, 2)"/></xsl:when>
        <xsl:when test="$shape = '--dd-dd'"><xsl:value-of select="substring($value, 6, 2)"/></xsl:when>
        <xsl:when test="$shape = '---dd'"><xsl:value-of select="substring($value, 4, 2)"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="days">
      <xsl:choose>
        <xsl:when test="number($month) = 2 and $year = ''">29</xsl:when>
        <xsl:when test="number($month) = 2 and ((number($year) mod 4 = 0 and number($year) mod 100 != 0)
                        or number($year) mod 400 = 0)">29</xsl:when>
        <xsl:when test="number($month) = 2">28</xsl:when>
        <xsl:when test="number($month) = 4 or number($month) = 6 or number($month) = 9 or number($month) = 11">30</xsl:when>
        <xsl:otherwise>31</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$month != '' and not(number($month) >= 1 and number($month) &lt;= 12)">no</xsl:when>
      <xsl:when test="$day != '' and not(number($day) >= 1 and number($day) &lt;= number($days))">no</xsl:when>
      <xsl:otherwise>yes</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The normalized value of the context date in words, in the interface
       language: "15 October 1923", "October 1923", "1930–1932",
       "September–November 1932", "1920s", "not before 1932".
       $suffix '-custom' reads the custom (Old Style) attributes instead;
       then '' when there are none. -->
  <xsl:template name="date-words">
    <xsl:param name="suffix" select="''"/>
    <xsl:variable name="when" select="normalize-space(@*[name() = concat('when', $suffix)])"/>
    <xsl:variable name="from" select="normalize-space(@*[name() = concat('from', $suffix)])"/>
    <xsl:variable name="to" select="normalize-space(@*[name() = concat('to', $suffix)])"/>
    <xsl:variable name="not-before" select="normalize-space(@*[name() = concat('notBefore', $suffix)])"/>
    <xsl:variable name="not-after" select="normalize-space(@*[name() = concat('notAfter', $suffix)])"/>
    <xsl:choose>
      <xsl:when test="$when != ''">
        <xsl:call-template name="iso-date-words">
          <xsl:with-param name="value" select="$when"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$from != '' or $to != ''">
        <xsl:call-template name="date-range-words">
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
          <xsl:with-param name="from-key" select="'from'"/>
          <xsl:with-param name="to-key" select="'until'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$not-before != '' or $not-after != ''">
        <xsl:call-template name="date-range-words">
          <xsl:with-param name="from" select="$not-before"/>
          <xsl:with-param name="to" select="$not-after"/>
          <xsl:with-param name="from-key" select="'not-before'"/>
          <xsl:with-param name="to-key" select="'not-after'"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The date as written in the Julian calendar, in words, when it is not
       already the normalized value (a year alone is the same in both
       calendars); '' otherwise. Context: a date. -->
  <xsl:template name="old-style-words">
    <xsl:variable name="custom">
      <xsl:call-template name="date-words">
        <xsl:with-param name="suffix" select="'-custom'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($custom) != ''">
      <xsl:variable name="normal"><xsl:call-template name="date-words"/></xsl:variable>
      <xsl:if test="string($custom) != string($normal)">
        <xsl:value-of select="$custom"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The label of the mark of an inferred value (@cert): 'year-inferred'
       when the year is not in the written form $text, else 'date-inferred'
       (the month or the day came from the context). Context: a date. -->
  <xsl:template name="inferred-key">
    <xsl:param name="text"/>
    <xsl:variable name="first" select="normalize-space((@when | @from | @notBefore)[1])"/>
    <xsl:choose>
      <xsl:when test="starts-with($first, '-') or $first = ''
                      or not(contains($text, substring($first, 1, 4)))">year-inferred</xsl:when>
      <xsl:otherwise>date-inferred</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "certainty: medium" from @cert (high, medium, low; another value
       as it is). Context: a date. -->
  <xsl:template name="certainty-words">
    <xsl:variable name="cert" select="normalize-space(@cert)"/>
    <xsl:call-template name="label">
      <xsl:with-param name="key" select="'certainty'"/>
    </xsl:call-template>
    <xsl:text>: </xsl:text>
    <xsl:choose>
      <xsl:when test="$cert = 'high' or $cert = 'medium' or $cert = 'low'">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="concat('cert-', $cert)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$cert"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The title of a date in the text: the normalized value in words, then
       in parentheses what else the reader should know about it:
         "22 January 1905 (Old Style: 9 January 1905)"
         "16 April 1929 (year inferred from context, certainty: medium)"
         "16 April (year not known)"
       Context: a date; $text its written form. -->
  <xsl:template name="date-title">
    <xsl:param name="text"/>
    <xsl:variable name="when" select="normalize-space(@when)"/>
    <xsl:variable name="old-style"><xsl:call-template name="old-style-words"/></xsl:variable>
    <xsl:variable name="notes">
      <xsl:if test="starts-with($when, '---')">
        <xsl:text>; </xsl:text>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'month-year-unknown'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="starts-with($when, '--') and not(starts-with($when, '---'))">
        <xsl:text>; </xsl:text>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'year-unknown'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="@cert">
        <xsl:text>; </xsl:text>
        <xsl:call-template name="label">
          <xsl:with-param name="key">
            <xsl:call-template name="inferred-key">
              <xsl:with-param name="text" select="$text"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:if test="normalize-space(@cert) != ''">
          <xsl:text>, </xsl:text>
          <xsl:call-template name="certainty-words"/>
        </xsl:if>
      </xsl:if>
      <xsl:if test="string($old-style) != ''">
        <xsl:text>; </xsl:text>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'old-style'"/>
        </xsl:call-template>
        <xsl:value-of select="concat(': ', $old-style)"/>
      </xsl:if>
    </xsl:variable>
    <xsl:call-template name="date-words"/>
    <xsl:if test="string($notes) != ''">
      <xsl:value-of select="concat(' (', substring($notes, 3), ')')"/>
    </xsl:if>
  </xsl:template>

  <!-- One ISO value in words: 1923-10-15 "15 October 1923" / "15 октября
       1923"; 1923-10 "October 1923" / "октябрь 1923"; 1923; TEI dates
       without a year: - -04-16 "16 April", - -04 "April", - - -15 "day 15" /
       "15-е число". $with-year false() leaves the year out. Anything else
       (or an impossible month or day) is returned as it is. -->
  <xsl:template name="iso-date-words">
    <xsl:param name="value"/>
    <xsl:param name="with-year" select="true()"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:variable name="shape" select="translate($v, '0123456789', 'dddddddddd')"/>
    <xsl:variable name="ok">
      <xsl:call-template name="date-parts-ok">
        <xsl:with-param name="value" select="$v"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="year">
      <xsl:if test="$with-year and starts-with($shape, 'dddd')">
        <xsl:value-of select="concat(' ', number(substring($v, 1, 4)))"/>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$shape = 'dddd-dd-ddTdd:dd:dd'">
        <!-- a dateline's date with its time: "7 April 1917, 16:00" -->
        <xsl:call-template name="iso-date-words">
          <xsl:with-param name="value" select="substring($v, 1, 10)"/>
          <xsl:with-param name="with-year" select="$with-year"/>
        </xsl:call-template>
        <xsl:value-of select="concat(', ', substring($v, 12, 5))"/>
      </xsl:when>
      <xsl:when test="$ok != 'yes'"><xsl:value-of select="$v"/></xsl:when>
      <xsl:when test="$shape = 'dddd'"><xsl:value-of select="number($v)"/></xsl:when>
      <xsl:when test="$shape = 'dddd-dd'">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="concat('month-', substring($v, 6, 2))"/>
        </xsl:call-template>
        <xsl:value-of select="$year"/>
      </xsl:when>
      <xsl:when test="$shape = 'dddd-dd-dd' or $shape = '--dd-dd'">
        <xsl:value-of select="concat(number(substring($v, string-length($v) - 1)), ' ')"/>
        <xsl:call-template name="month-of">
          <xsl:with-param name="mm" select="substring($v, string-length($v) - 4, 2)"/>
        </xsl:call-template>
        <xsl:value-of select="$year"/>
      </xsl:when>
      <xsl:when test="$shape = '--dd'">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="concat('month-', substring($v, 3, 2))"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$shape = '---dd' and $ui-lang = 'ru'">
        <xsl:value-of select="number(substring($v, 4))"/>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'day-of-month'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$shape = '---dd'">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'day-of-month'"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' ', number(substring($v, 4)))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A month after a day number: genitive in Russian ("октября"). -->
  <xsl:template name="month-of">
    <xsl:param name="mm"/>
    <xsl:call-template name="label">
      <xsl:with-param name="key">
        <xsl:value-of select="concat('month-', $mm)"/>
        <xsl:if test="$ui-lang = 'ru'">-of</xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A range in words, an en dash between its ends (spaced when an end
       has spaces in it); what both ends share is said once:
       1930–1932, 1920s (1920–1929), 20th century (1901–2000),
       September–November 1932, 1–10 October 1932,
       21 November – 31 December 1932, October 1928 – February 1929.
       With one end only: "$from-key X" or "$to-key X" (from 1932,
       not after 1933). -->
  <xsl:template name="date-range-words">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:param name="from-key" select="'from'"/>
    <xsl:param name="to-key" select="'until'"/>
    <xsl:variable name="a" select="normalize-space($from)"/>
    <xsl:variable name="b" select="normalize-space($to)"/>
    <xsl:variable name="sa" select="translate($a, '0123456789', 'dddddddddd')"/>
    <xsl:variable name="sb" select="translate($b, '0123456789', 'dddddddddd')"/>
    <xsl:variable name="ok">
      <xsl:call-template name="date-parts-ok">
        <xsl:with-param name="value" select="$a"/>
      </xsl:call-template>
      <xsl:call-template name="date-parts-ok">
        <xsl:with-param name="value" select="$b"/>
      </xsl:call-template>
    </xsl:variable>
    <!-- both ends with a year and a month, in the same year -->
    <xsl:variable name="same-year"
        select="$ok = 'yesyes' and ($sa = 'dddd-dd' or $sa = 'dddd-dd-dd') and ($sb = 'dddd-dd' or $sb = 'dddd-dd-dd')
                and substring($a, 1, 4) = substring($b, 1, 4)"/>
    <xsl:choose>
      <xsl:when test="$a = '' and $b = ''"/>
      <xsl:when test="$b = ''">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="$from-key"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="iso-date-words">
          <xsl:with-param name="value" select="$a"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = ''">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="$to-key"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="iso-date-words">
          <xsl:with-param name="value" select="$b"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = $b">
        <xsl:call-template name="iso-date-words">
          <xsl:with-param name="value" select="$a"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$sa = 'dddd' and $sb = 'dddd' and number($a) mod 10 = 0 and number($b) = number($a) + 9">
        <xsl:value-of select="number($a)"/>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'decade-suffix'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$sa = 'dddd' and $sb = 'dddd' and number($a) mod 100 = 1 and number($b) = number($a) + 99">
        <xsl:call-template name="century-words">
          <xsl:with-param name="n" select="(number($a) - 1) div 100 + 1"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$sa = 'dddd' and $sb = 'dddd'">
        <xsl:value-of select="concat(number($a), '–', number($b))"/>
      </xsl:when>
      <!-- same year, months: September–November 1932 -->
      <xsl:when test="$same-year and $sa = 'dddd-dd' and $sb = 'dddd-dd'">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="concat('month-', substring($a, 6, 2))"/>
        </xsl:call-template>
        <xsl:text>–</xsl:text>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="concat('month-', substring($b, 6, 2))"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' ', number(substring($a, 1, 4)))"/>
      </xsl:when>
      <!-- same month, days: 1–10 October 1932 -->
      <xsl:when test="$same-year and $sa = 'dddd-dd-dd' and $sb = 'dddd-dd-dd'
                      and substring($a, 6, 2) = substring($b, 6, 2)">
        <xsl:value-of select="concat(number(substring($a, 9, 2)), '–', number(substring($b, 9, 2)), ' ')"/>
        <xsl:call-template name="month-of">
          <xsl:with-param name="mm" select="substring($a, 6, 2)"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' ', number(substring($a, 1, 4)))"/>
      </xsl:when>
      <!-- same year otherwise: 21 November – 31 December 1932 -->
      <xsl:when test="$same-year">
        <xsl:call-template name="iso-date-words">
          <xsl:with-param name="value" select="$a"/>
          <xsl:with-param name="with-year" select="false()"/>
        </xsl:call-template>
        <xsl:text> – </xsl:text>
        <xsl:call-template name="iso-date-words">
          <xsl:with-param name="value" select="$b"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="iso-date-words">
          <xsl:with-param name="value" select="$a"/>
        </xsl:call-template>
        <xsl:text> – </xsl:text>
        <xsl:call-template name="iso-date-words">
          <xsl:with-param name="value" select="$b"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "20th century" / "XX век" -->
  <xsl:template name="century-words">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$ui-lang = 'ru' and $n >= 1 and $n &lt; 40">
        <xsl:value-of select="substring('XXX', 1, floor($n div 10))"/>
        <xsl:value-of select="substring-before(substring-after(
            '|0:|1:I|2:II|3:III|4:IV|5:V|6:VI|7:VII|8:VIII|9:IX|', concat('|', $n mod 10, ':')), '|')"/>
      </xsl:when>
      <xsl:when test="$ui-lang = 'ru'"><xsl:value-of select="$n"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$n"/>
        <xsl:choose>
          <xsl:when test="$n mod 100 >= 11 and $n mod 100 &lt;= 13">th</xsl:when>
          <xsl:when test="$n mod 10 = 1">st</xsl:when>
          <xsl:when test="$n mod 10 = 2">nd</xsl:when>
          <xsl:when test="$n mod 10 = 3">rd</xsl:when>
          <xsl:otherwise>th</xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:call-template name="label">
      <xsl:with-param name="key" select="'century'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The parts of a register or chronology too large for one page
       (<parts page="register.html" current="N"> from the C++ side, current 0
       on the overview page): the overview and every part, with the first
       and the last entry of each, the page itself marked aria-current.
       Nothing when the page is not in parts. -->
  <xsl:template name="parts-nav">
    <xsl:for-each select="/*/e:parts[e:part]">
      <nav class="page-parts">
        <xsl:attribute name="aria-label">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'parts'"/>
          </xsl:call-template>
        </xsl:attribute>
        <ol>
          <li class="parts-overview">
            <a href="{@page}">
              <xsl:if test="@current = 0"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
              <xsl:call-template name="label">
                <xsl:with-param name="key" select="'parts-overview'"/>
              </xsl:call-template>
            </a>
          </li>
          <xsl:for-each select="e:part">
            <li>
              <a href="{@href}">
                <xsl:if test="@n = ../@current"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
                <span class="part-number"><xsl:value-of select="@n"/></span>
                <xsl:text> </xsl:text>
                <span class="part-range">
                  <xsl:value-of select="@first"/>
                  <xsl:if test="string(@last) != string(@first)">
                    <xsl:value-of select="concat(' – ', @last)"/>
                  </xsl:if>
                </span>
              </a>
            </li>
          </xsl:for-each>
        </ol>
      </nav>
    </xsl:for-each>
  </xsl:template>

  <!-- The label key of a counted noun: "$key-one", "-few" or "-many" by the
       plural rules of the interface language (English: one, many; Russian:
       1, 21 … one; 2-4, 22-24 … few; else many). -->
  <xsl:template name="plural-key">
    <xsl:param name="key"/>
    <xsl:param name="n"/>
    <xsl:value-of select="$key"/>
    <xsl:choose>
      <xsl:when test="$ui-lang = 'ru' and $n mod 10 = 1 and $n mod 100 != 11">-one</xsl:when>
      <xsl:when test="$ui-lang = 'ru' and $n mod 10 >= 2 and $n mod 10 &lt;= 4
                      and not($n mod 100 >= 12 and $n mod 100 &lt;= 14)">-few</xsl:when>
      <xsl:when test="$ui-lang = 'ru'">-many</xsl:when>
      <xsl:when test="$n = 1">-one</xsl:when>
      <xsl:otherwise>-many</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Persons                                                           -->
  <!-- ================================================================ -->

  <!-- The year of an ISO date: '1878-12-18' -> '1878', '-0044' as is. -->
  <xsl:template name="year-of">
    <xsl:param name="date"/>
    <xsl:variable name="d" select="normalize-space($date)"/>
    <xsl:choose>
      <xsl:when test="starts-with($d, '-')"><xsl:value-of select="$d"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="substring-before(concat($d, '-'), '-')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Life dates as text, years only: '1878–1953', 'b. 1893', 'd. 1938',
       or '' when neither date is known. -->
  <xsl:template name="life-dates">
    <xsl:param name="birth"/>
    <xsl:param name="death"/>
    <xsl:variable name="b">
      <xsl:call-template name="year-of">
        <xsl:with-param name="date" select="$birth"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="d">
      <xsl:call-template name="year-of">
        <xsl:with-param name="date" select="$death"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$b != '' and $d != ''"><xsl:value-of select="concat($b, '–', $d)"/></xsl:when>
      <xsl:when test="$b != ''">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'born'"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' ', $b)"/>
      </xsl:when>
      <xsl:when test="$d != ''">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'died'"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' ', $d)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Footer of the edition's own pages (index, register)              -->
  <!-- Context: e:edition. Licence, then publisher and date.            -->
  <!-- ================================================================ -->

  <xsl:template name="edition-footer">
    <footer class="site-footer">
      <xsl:for-each select="e:licence">
        <p class="licence">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'licence'"/>
          </xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:variable name="href">
            <xsl:call-template name="safe-href">
              <xsl:with-param name="url" select="@target"/>
            </xsl:call-template>
          </xsl:variable>
          <xsl:choose>
            <xsl:when test="$href != ''">
              <a rel="license" href="{$href}">
                <xsl:apply-templates/>
                <xsl:if test="normalize-space(.) = ''">
                  <xsl:value-of select="normalize-space(@target)"/>
                </xsl:if>
              </a>
            </xsl:when>
            <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:for-each>
      <xsl:if test="e:publisher or e:date[normalize-space(.) != '' or @when]">
        <p class="publisher">
          <xsl:for-each select="e:publisher">
            <xsl:if test="position() > 1">, </xsl:if>
            <xsl:apply-templates/>
          </xsl:for-each>
          <xsl:for-each select="e:date[normalize-space(.) != '' or @when][1]">
            <xsl:if test="../e:publisher">, </xsl:if>
            <xsl:call-template name="date-element"/>
          </xsl:for-each>
        </p>
      </xsl:if>
    </footer>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- String helpers                                                    -->
  <!-- ================================================================ -->

  <xsl:template name="lower-case">
    <xsl:param name="s"/>
    <xsl:value-of select="translate($s, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
  </xsl:template>

  <!-- 'ru-Latn' -> 'ru', 'EN' -> 'en' -->
  <xsl:template name="primary-subtag">
    <xsl:param name="tag"/>
    <xsl:call-template name="lower-case">
      <xsl:with-param name="s" select="substring-before(concat(normalize-space($tag), '-'), '-')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Loci: the place of a mention (register, chronology)               -->  <!-- ================================================================ -->

  <!-- What the target of a mention is, from @n and the TEI id scheme
       {doc}-p1, -h1, -i1, -open1, -close1, -t1: note, heading, item,
       opening, closing, paragraph, text (a division or the document) or other. -->
  <xsl:template name="locus-kind">
    <xsl:param name="n" select="normalize-space(@n)"/>
    <xsl:param name="target" select="normalize-space(@target)"/>
    <xsl:param name="doc" select="normalize-space(@doc)"/>
    <xsl:variable name="local" select="substring-after($target, concat($doc, '-'))"/>
    <xsl:choose>
      <xsl:when test="starts-with($n, 'n')">note</xsl:when>
      <xsl:when test="starts-with($local, 'open')">opening</xsl:when>
      <xsl:when test="starts-with($local, 'close')">closing</xsl:when>
      <xsl:when test="starts-with($local, 'h')">heading</xsl:when>
      <xsl:when test="starts-with($local, 'i')">item</xsl:when>
      <xsl:when test="$n != ''">paragraph</xsl:when>
      <xsl:when test="$target != ''">text</xsl:when>
      <xsl:otherwise>other</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The label of a locus: "¶ 3", "note 41", "item 2", "heading", "opening"... -->
  <xsl:template name="locus-label">
    <xsl:param name="kind"/>
    <xsl:param name="n" select="normalize-space(@n)"/>
    <xsl:call-template name="label">
      <xsl:with-param name="key" select="concat('locus-', $kind)"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="$kind = 'note' and substring($n, 2) != ''">
        <xsl:value-of select="concat(' ', substring($n, 2))"/>
      </xsl:when>
      <xsl:when test="$kind = 'item' and $n != ''"><xsl:value-of select="concat(' ', $n)"/></xsl:when>
      <xsl:when test="$kind = 'paragraph'"><xsl:value-of select="concat('&#xA0;', $n)"/></xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
