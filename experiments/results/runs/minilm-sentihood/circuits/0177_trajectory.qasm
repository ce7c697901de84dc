// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5499488876809155) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 83b4621be30f96aad9dcabcf5cc441caeb637fcdbae48480e42daed67c3de535
