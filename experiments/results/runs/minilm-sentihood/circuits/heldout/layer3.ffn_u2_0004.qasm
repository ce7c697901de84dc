// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.28595049821673646) q[0];
ry(2.1622569117004136) q[0];
rz(0.16248599515262674) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5538f1c2c871a53dfbd2e2ee03b1c067c439da3579378bdc597e4664c317625a
