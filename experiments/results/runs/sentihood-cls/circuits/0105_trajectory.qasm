// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3446485312420906) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 09314bb968b28e8348fe41a7550e7987cc4b9717c29a7e3aeacc9ef6659add6e
