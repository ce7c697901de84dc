// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6893804009100353) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 41adbfa9527930c24fdb62e026754cc951782ddac095968a403c19baaa43ddf7
