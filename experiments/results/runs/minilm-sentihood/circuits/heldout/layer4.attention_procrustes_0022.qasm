// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9424412027082746) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c3a87ca1928d199d942029fe594ae84282d1fc6b34786712085a45bc0e104975
