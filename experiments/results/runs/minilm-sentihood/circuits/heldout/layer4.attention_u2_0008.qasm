// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2230640577963987) q[0];
ry(2.016537747919306) q[0];
rz(0.0974863736955438) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 81a850e9ec31a2a27ea545b53630f974d992cade1df9343cdd340f345ee11a8c
