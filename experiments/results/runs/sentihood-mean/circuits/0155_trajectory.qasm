// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8662226301380085) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b3c71f46cbd1f0f1a9f557c4e5ccd2eb4a446f4bb07670eb62485f1ce2bb608c
