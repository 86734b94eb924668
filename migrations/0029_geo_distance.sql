-- Hand-written (issue 21, distance): the one definition of the distance between two points,
-- used by the catalogue and the place search to filter and sort by distance from a school.
-- Great-circle (haversine) distance in km on the mean earth radius (6371.0088 km); null when
-- either point is unknown. Travel distance is longer, but a straight line ranks the same way
-- and needs no route service. IMMUTABLE so it can be inlined and used in an ORDER BY.
CREATE FUNCTION geo_distance_km(
  lat1 double precision, lon1 double precision,
  lat2 double precision, lon2 double precision
) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN 2 * 6371.0088 * asin(least(1, sqrt(
  power(sin(radians(lat2 - lat1) / 2), 2)
  + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)
)));
