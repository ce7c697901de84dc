// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7420570696834847) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f18a81ce9ba9af579d50267cda3a83f657431ed748ed91a23a670a6d85f7202a
