// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3290816841010513) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c16b7933a53380b8c8dfe72cc3dc5b8db4df0700685edcb38a32a784e5dcd567
