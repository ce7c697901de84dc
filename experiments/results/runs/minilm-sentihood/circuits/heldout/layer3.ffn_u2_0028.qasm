// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.47240090000597723) q[0];
ry(0.5405344038684418) q[0];
rz(-0.412947574057668) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6608254062485b8769492a70281e727df68a755afa8fcff3f25e001d58485e7e
