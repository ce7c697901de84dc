// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5599326834957787) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eaa7bd6f8f09448178237d964db6e140f919809ae0f8fdc9e74b4ec52ba609a9
