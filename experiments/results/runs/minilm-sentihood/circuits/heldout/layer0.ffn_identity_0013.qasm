// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4050908096493941) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5840b8ad8ae60dc895d2311d2e21b98f9eefa4bd71ce76f4412d2c9646071177
