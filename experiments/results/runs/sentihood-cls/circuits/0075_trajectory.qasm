// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5806812787626799) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 facff6d8dd3064341897a98313962978b3804b475a0bd4777c44e853dbf28dcb
