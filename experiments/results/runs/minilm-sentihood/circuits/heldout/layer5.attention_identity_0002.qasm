// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4106242435927445) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2f23723f2b3ddc0a9aa7575d79d56bb331529232df25896006102d00523ee39f
