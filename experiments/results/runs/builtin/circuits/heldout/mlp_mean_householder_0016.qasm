// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.39046781523706797) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fcdbdce25d000ca2c39eb6c0689ff4a87fae9c91f6d573d7fd6918afb83d7910
