// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9504522613806636) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3ff8678a40c8fff72ba196eec72ea220b1dee99ae95fca029e758653c12c670c
