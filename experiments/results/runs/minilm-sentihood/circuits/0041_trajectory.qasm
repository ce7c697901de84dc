// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9569583308355283) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 884d6422dc358003b7c0a6af498e5ef39aec66f741eb50db82c0a77b6b26c4aa
