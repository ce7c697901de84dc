// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8876840383144895) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c8804a6233671ffc4f3723d8f1bc0dd8236bcac9ab97ea16c60e3a880d88fdd
