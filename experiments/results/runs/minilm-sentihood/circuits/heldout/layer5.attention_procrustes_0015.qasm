// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.037748900376928) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 09f0902439cdd4b1d2cc331b57c4e95423d1f52976c94f7bc1d896e7947121a2
