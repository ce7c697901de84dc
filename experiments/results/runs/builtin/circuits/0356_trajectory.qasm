// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6987348574052449) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 86cd89bf2c8ac28b36f335ebb0e7104b7c7a9062fdc56df8a77f9badbdffcc8a
