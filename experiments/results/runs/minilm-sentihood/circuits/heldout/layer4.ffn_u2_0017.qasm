// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23626159999955032) q[0];
ry(1.1871736551461751) q[0];
rz(-0.08986873963029707) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05f6543b343af6840c86d0585601452fabfba02193564791753c8af4ddbafaa7
