// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.091453854358437) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df1b324a1c69c275210f5a3442939b2f3e08457be50772f6c6c6cbd65725389b
