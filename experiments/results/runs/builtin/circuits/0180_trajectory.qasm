// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4671509525487134) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 598c03e42188038408fb0da38fb032368aa27d4ac878dd2565165b1632e86fc9
