// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7229247529335643) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 55751fb323e18b9ae9e25d15bf469d0d9420bfba3641a98a1339fca126d42767
