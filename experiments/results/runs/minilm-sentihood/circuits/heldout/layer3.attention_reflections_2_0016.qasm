// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5804811841772537) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c8904270115a8a9cd22cc255cda9ee0368dd1388f501e4eacd534cd8515f6b96
