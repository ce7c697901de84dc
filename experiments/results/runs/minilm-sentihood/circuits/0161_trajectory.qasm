// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5916528639410834) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5419ca797487af6af003fbb38683d5ac74030d07cc65a5c91768402288e445e7
