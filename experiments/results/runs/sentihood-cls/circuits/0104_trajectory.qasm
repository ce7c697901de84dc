// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.33097482207477613) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a7635fd3e3bf2d76faebfcc97434c49f578967bcc3018eb14478fc0c4fa8609f
