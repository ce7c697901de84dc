// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.2123513688753087) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 90a56e39de9fc8da5d1ec656d4e0d859910740a75880eec883728e8f565b6bce
