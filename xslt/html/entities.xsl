<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML, registers (part of register.xsl): one place or organisation
  of places.html or organisations.html.

    <article class="entity-entry place-entry" id="{id}">
      <h3 class="entity-name">regular name in the edition's language</h3>
      <p class="entity-facts"><span lang="en">regular names in other languages</span> ·
        <span class="coordinates">55.7558° N, 37.6173° E</span>
        (<a class="map-link" href="https://www.openstreetmap.org/?mlat=…">map</a>)</p>
      <p class="entity-note">…</p>
      <dl class="person-names"> variant, abbreviated, former, garbled forms; authority files </dl>
      <ul class="mentions"> … </ul> (as for persons)
    </article>

  The map is a link out: nothing is loaded from the map's site.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:e="urn:x-editio"
    exclude-result-prefixes="e">

  <xsl:template match="e:place | e:org">
    <xsl:variable name="other-names"
        select="e:name[@type = 'reg'][normalize-space(.) != '']
                  [translate(substring-before(concat(normalize-space(@lang), '-'), '-'),
                   'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') != string($page-primary)]
                  [normalize-space(.) != normalize-space(current()/e:sort-name)]"/>
    <xsl:variable name="located" select="normalize-space(@lat) != '' and normalize-space(@lon) != ''"/>
    <article id="{@id}">
      <xsl:attribute name="class">
        <xsl:value-of select="concat('entity-entry ', local-name(), '-entry')"/>
        <xsl:if test="not(e:mention) and not(@part)"> entity-unmentioned</xsl:if>
      </xsl:attribute>
      <h3 class="entity-name">
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
      <xsl:if test="$other-names or $located">
        <p class="entity-facts">
          <xsl:for-each select="$other-names">
            <xsl:if test="position() > 1"> · </xsl:if>
            <span class="entity-name-other">
              <xsl:call-template name="name-lang"/>
              <xsl:value-of select="normalize-space(.)"/>
            </span>
          </xsl:for-each>
          <xsl:if test="$located">
            <xsl:if test="$other-names"> · </xsl:if>
            <xsl:call-template name="coordinates"/>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:for-each select="e:note[normalize-space(.) != '']">
        <p class="entity-note"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:call-template name="other-forms"/>
      <xsl:call-template name="entry-mentions"/>
    </article>
  </xsl:template>

  <!-- "55.7558° N, 37.6173° E (map)": the coordinates as text (degrees as
       the gazetteer writes them, the hemisphere in words), then a link out to
       OpenStreetMap centred on them. Context: a place with @lat and @lon. -->
  <xsl:template name="coordinates">
    <xsl:variable name="lat" select="normalize-space(@lat)"/>
    <xsl:variable name="lon" select="normalize-space(@lon)"/>
    <span class="coordinates" data-lat="{$lat}" data-lon="{$lon}">
      <xsl:attribute name="title">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'coordinates'"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:call-template name="degrees">
        <xsl:with-param name="value" select="$lat"/>
        <xsl:with-param name="positive" select="'north'"/>
        <xsl:with-param name="negative" select="'south'"/>
      </xsl:call-template>
      <xsl:text>, </xsl:text>
      <xsl:call-template name="degrees">
        <xsl:with-param name="value" select="$lon"/>
        <xsl:with-param name="positive" select="'east'"/>
        <xsl:with-param name="negative" select="'west'"/>
      </xsl:call-template>
    </span>
    <xsl:text> (</xsl:text>
    <a class="map-link" rel="external noopener"
       href="{concat('https://www.openstreetmap.org/?mlat=', $lat, '&amp;mlon=', $lon, '#map=10/', $lat, '/', $lon)}">
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="'map-link'"/>
      </xsl:call-template>
    </a>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <!-- "55.7558° N": the number without its sign, then the label of its hemisphere. -->
  <xsl:template name="degrees">
    <xsl:param name="value"/>
    <xsl:param name="positive"/>
    <xsl:param name="negative"/>
    <xsl:value-of select="concat(translate($value, '-+', ''), '° ')"/>
    <xsl:call-template name="label">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="starts-with($value, '-')"><xsl:value-of select="$negative"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$positive"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
