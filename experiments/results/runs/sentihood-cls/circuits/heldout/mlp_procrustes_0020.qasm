// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4422478530908638) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e8ca411613e166cccf9b26535af3760477752755fdda7014af561460a9569974
