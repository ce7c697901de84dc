// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1770679686502623) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6aae71359ccd77dbfddbe1b0351c4600b88c3e1536158202f34a3a5865b94547
