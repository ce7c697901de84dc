// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6896303390499536) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce611f69583b4aeee5e449297bbf4b7861d0298eb9a16e22244d077a03ee6270
