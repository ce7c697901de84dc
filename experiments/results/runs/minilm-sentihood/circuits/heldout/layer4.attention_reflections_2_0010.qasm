// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1188111918350139) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5b66e6d693462fd96d4019e061e8f14ec75dbba63d99cdb280d402cdae477a06
