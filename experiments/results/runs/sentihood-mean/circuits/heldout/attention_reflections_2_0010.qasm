// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5033057761881765) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb29efd26d776b282f21106c798667b24fe3fbaece9ede60db5caad8a4c16043
